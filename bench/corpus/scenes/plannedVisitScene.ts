// A visit announced for later: nothing has happened yet, which an extractor
// must not record as a visit. Postponements and unconfirmed plans too.
import { monthName, ymd } from '../calendar';
import { cap } from '../Story';
import type { Story } from '../Story';
import { an } from './Scene';
import type { SceneText } from './Scene';

export function plannedVisitScene(s: Story): SceneText {
  const r = s.rng;
  const kind = r.pick(['state', 'official', 'working']);
  const future = s.pub + r.int(3, 90);
  const guest = s.leader(s.a, s.pub);
  const host = s.official(
    s.b,
    guest.tenure.role === 'president' ? 'president' : 'prime-minister',
    s.pub,
  );
  const service =
    guest.tenure.role === 'president' ? 'presidential press service' : "government's press office";
  const gp = guest.tenure.person;
  const title = r.pick([
    `${gp.short} to visit ${s.nm(s.b)}`,
    `${s.adj(s.a)} ${s.title(guest)} expected in ${s.city(s.b)}`,
    `Preparations under way for ${gp.short}'s visit to ${s.nm(s.b)}`,
    `${s.Nm(s.b)} awaits visit of ${s.adj(s.a)} leader`,
  ]);
  const lead = s.one(
    () =>
      `${cap(s.introduce(guest))} will pay ${an(kind)} ${kind} visit to ${s.nm(s.b)} ${s.when(future)}, the ${s.adj(s.a)} ${service} said ${s.when(s.event)}.`,
    () =>
      `${cap(s.introduce(guest))} is expected to travel to ${s.nm(s.b)} ${s.when(future)} for talks with ${s.introduce(host)}.`,
    () =>
      `${cap(s.introduce(host))} will receive ${s.introduce(guest)} in ${s.city(s.b)} ${s.when(future)}, according to a statement released ${s.when(s.event)}.`,
  );
  const paragraphs = [lead];
  paragraphs.push(
    s.one(
      () => {
        const [x, y] = s.areas(2);
        return `During the visit, the sides are expected to discuss cooperation in ${x} and ${y} and sign several documents.`;
      },
      () =>
        'The programme of the visit is still being finalised, officials said, and the list of documents to be signed has not been made public.',
    ),
  );
  const month = ymd(s.pub).month;
  paragraphs.push(
    s.one(
      () =>
        `The visit was originally planned for ${monthName(month)}, but was postponed at the request of the ${s.adj(s.b)} side.`,
      () =>
        'Officials did not confirm reports that a new partnership declaration would be signed during the visit.',
      () =>
        `It will be the first visit by ${s.who(guest)} to ${s.nm(s.b)}; ${s.he(guest)} has not travelled to ${s.city(s.b)} since taking office.`,
      () => `No date has yet been set for a return visit by ${s.who(host)}.`,
    ),
  );
  return {
    title,
    section: r.pick(['Politics', 'Foreign policy', 'World']),
    paragraphs,
    meeting: false,
  };
}
