// Leaders or foreign ministers talk by phone.
import { cap } from '../Story';
import type { Story } from '../Story';
import type { SceneText } from './Scene';

export function phoneCallScene(s: Story): SceneText {
  const r = s.rng;
  const leaders = r.chance(0.55);
  const x = leaders ? s.leader(s.a) : s.official(s.a, 'foreign-minister');
  const y = leaders
    ? s.official(s.b, x.tenure.role === 'president' ? 'president' : 'prime-minister')
    : s.official(s.b, 'foreign-minister');
  const when = s.when(s.event);
  const px = x.tenure.person;
  const py = y.tenure.person;
  const service = leaders ? 'presidential press service' : 'Foreign Ministry';
  const group = leaders ? 'leaders' : 'foreign ministers';

  const title = r.pick([
    `${s.Nm(s.a)}, ${s.nm(s.b)} ${group} discuss cooperation by phone`,
    `${px.short} holds phone talks with ${py.short}`,
    `${px.short}, ${py.short} hold telephone conversation`,
    `${s.adj(s.a)} and ${s.adj(s.b)} ${group} speak by phone`,
  ]);
  const lead = s.one(
    () => `${cap(s.introduce(x))} held a telephone conversation with ${s.introduce(y)} ${when}.`,
    () =>
      `${cap(s.introduce(x))} and ${s.introduce(y)} spoke by phone ${when}, the ${s.adj(s.a)} ${service} reported.`,
    () => {
      const [a1, a2] = s.areas(2);
      return `In a phone call ${when}, ${s.introduce(x)} and ${s.introduce(y)} discussed ${a1}, ${a2} and the regional situation.`;
    },
    () =>
      `${cap(s.introduce(x))} phoned ${s.introduce(y)} ${when} to congratulate ${py.female ? 'her' : 'him'} on the national day of ${s.nm(s.b)}.`,
  );
  const body = s.one(
    () =>
      `During the conversation, the sides expressed satisfaction with the dynamic development of ${s.pairAdj()} relations and agreed to maintain regular contacts.`,
    () =>
      `${cap(s.who(x))} and ${s.who(y)} discussed the implementation of agreements reached earlier and outlined steps to strengthen cooperation in ${s.areas(1).join('')}.`,
    () =>
      `The two ${leaders ? 'leaders' : 'ministers'} reviewed the bilateral agenda and exchanged views on international issues of mutual interest.`,
  );
  const close = s.one(
    () =>
      `The conversation took place at the initiative of the ${s.adj(r.chance(0.5) ? s.a : s.b)} side.`,
    () =>
      `${cap(s.who(y))} thanked ${s.who(x)} for the call and invited ${px.female ? 'her' : 'him'} to visit ${s.nm(s.b)} at a convenient time.`,
    () => 'The sides agreed to continue the dialogue in person in the near future.',
  );
  return {
    title,
    section: r.pick(['Politics', 'Foreign policy', 'Official']),
    paragraphs: [lead, body, close],
    meeting: true,
  };
}
