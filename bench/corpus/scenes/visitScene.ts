// A leader's state, official or working visit, reported on arrival or
// after the talks.
import { ordinalWord } from '../calendar';
import { cap, list } from '../Story';
import type { Story } from '../Story';
import { an } from './Scene';
import type { SceneText } from './Scene';

export function visitScene(s: Story): SceneText {
  const r = s.rng;
  const kind = r.pick(['state', 'official', 'official', 'working']);
  const guest = s.leader(s.a);
  const host = s.official(s.b, guest.tenure.role === 'president' ? 'president' : 'prime-minister');
  const city = s.city(s.b);
  const when = s.when(s.event);
  const visit = `${an(kind)} ${kind} visit`;
  const gp = guest.tenure.person;

  const title = r.pick([
    `${gp.short} arrives in ${city} on ${kind} visit`,
    `${s.adj(s.a)} ${s.title(guest)} begins ${kind} visit to ${s.nm(s.b)}`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} leaders hold talks in ${city}`,
    `${gp.short}, ${host.tenure.person.short} discuss expanding ${s.pairAdj()} ties`,
    `${s.Nm(s.b)} rolls out red carpet for ${s.adj(s.a)} leader`,
  ]);
  const lead = s.one(
    () => `${cap(s.introduce(guest))} arrived in ${city} ${when} on ${visit} to ${s.nm(s.b)}.`,
    () =>
      `${cap(s.introduce(guest))} paid ${visit} to ${s.nm(s.b)} ${when} at the invitation of ${s.introduce(host)}.`,
    () =>
      `${cap(s.introduce(host))} held talks in ${city} ${when} with ${s.introduce(guest)}, who is in ${s.nm(s.b)} on ${visit}.`,
    () => `${cap(visit)} by ${s.introduce(guest)} to ${s.nm(s.b)} began ${when}.`,
  );
  const welcome = s.one(
    () =>
      `At the airport, ${s.who(guest)} was welcomed by ${s.introduce(s.official(s.b, 'foreign-minister'))} and other officials.`,
    () =>
      `An official welcoming ceremony was held in ${city} in honour of the guest, after which the talks began in a one-on-one format and continued with the participation of the delegations.`,
    () =>
      `The talks between ${s.who(guest)} and ${s.who(host)} began in a restricted format and were followed by a meeting of the two delegations.`,
  );
  const talks = s.one(
    () =>
      `During the talks, the leaders reviewed the state of ${s.pairAdj()} relations and discussed ways to expand cooperation in ${list(s.areas(3))}.`,
    () => {
      const [x, y, z] = s.areas(3);
      return `The sides discussed ${x}, ${y} and ${z}, as well as regional and international issues of mutual interest.`;
    },
    () => {
      const [x, y] = s.areas(2);
      return `${cap(s.who(host))} and ${s.who(guest)} exchanged views on the prospects of cooperation in ${x} and ${y}.`;
    },
  );

  const paragraphs = [lead, welcome, talks];
  if (r.chance(0.5)) {
    const n = ordinalWord(r.int(2, 3));
    paragraphs.push(
      s.one(
        () => `This is ${s.his(guest)} ${n} visit to ${s.nm(s.b)} ${s.yearPhrase(s.year)}.`,
        () =>
          `It is the ${n} visit of ${s.who(guest)} to ${s.nm(s.b)} since ${s.he(guest)} took office.`,
      ),
    );
  }
  if (r.chance(0.55)) {
    const [area] = s.areas(1);
    paragraphs.push(
      `Following the talks, ${r.int(3, 15)} documents were signed, including a memorandum of understanding on cooperation in ${area}.`,
    );
  }
  return {
    title,
    section: r.pick(['Politics', 'Foreign policy', 'Diplomacy', 'World']),
    paragraphs,
    meeting: true,
  };
}
