// An intergovernmental commission or business forum: ministers co-chair,
// trade figures, sectors and a next meeting.
import { ordinal, ymd } from '../calendar';
import { cap, list } from '../Story';
import type { Story } from '../Story';
import type { SceneText } from './Scene';
import { money } from '../money';

export function commissionScene(s: Story): SceneText {
  const r = s.rng;
  const roleA = r.pick([
    'trade-minister',
    'economy-minister',
    'energy-minister',
    'deputy-foreign-minister',
  ] as const);
  const roleB = r.pick(['trade-minister', 'economy-minister', 'energy-minister'] as const);
  const host = r.chance(0.5) ? s.a : s.b;
  const city = s.city(host);
  const when = s.when(s.event);
  const n = r.int(2, 24);
  const forum = r.chance(0.35);
  const ca = s.official(s.a, roleA);
  const cb = s.official(s.b, roleB);
  const year = ymd(s.event).year;
  const trade = s.env.pairs.tradeIn(s.a.id, s.b.id, year - 1);
  const body = forum
    ? `${s.pairAdj()} Business Forum`
    : `${s.a.name}-${s.b.name} Intergovernmental Commission on Trade and Economic Cooperation`;

  const title = forum
    ? r.pick([
        `${s.pairAdj()} business forum held in ${city}`,
        `${s.Nm(s.a)} and ${s.nm(s.b)} companies sign deals at ${city} forum`,
      ])
    : r.pick([
        `${s.Nm(s.a)} and ${s.nm(s.b)} hold intergovernmental commission meeting in ${city}`,
        `${s.pairAdj()} commission discusses trade, investment`,
      ]);
  const lead = forum
    ? s.one(
        () =>
          `The ${body} took place in ${city} ${when}, bringing together more than ${r.int(5, 40) * 10} companies.`,
        () => `${cap(s.introduce(ca))} opened the ${body} in ${city} ${when}.`,
      )
    : s.one(
        () => `The ${ordinal(n)} meeting of the ${body} was held in ${city} ${when}.`,
        () =>
          `${cap(s.introduce(ca))} and ${s.introduce(cb)} co-chaired the ${ordinal(n)} meeting of the ${body} in ${city} ${when}.`,
      );
  const paragraphs = [lead];
  paragraphs.push(
    s.one(
      () =>
        `Bilateral trade turnover reached ${money(trade)} ${s.yearPhrase(year - 1)}, the co-chairs noted, adding that the figure did not reflect the real potential of the two economies.`,
      () =>
        `According to ${s.who(ca)}, trade between the two countries amounted to ${money(trade)} ${s.yearPhrase(year - 1)}.`,
      () =>
        `The volume of trade between ${s.nm(s.a)} and ${s.nm(s.b)} in the first ${r.int(3, 9)} months of ${s.yearPhrase(year) === 'this year' ? 'this year' : String(year)} exceeded ${money((trade * r.int(30, 70)) / 100)}.`,
    ),
  );
  paragraphs.push(
    `The participants discussed ${list(s.areas(3))}, and agreed to set up working groups on ${list(s.areas(2))}.`,
  );
  if (r.chance(0.5)) {
    paragraphs.push(
      `The next meeting of the commission will be held in ${s.city(host.id === s.a.id ? s.b : s.a)} ${s.when(s.pub + r.int(200, 400))}.`,
    );
  }
  return { title, section: r.pick(['Economy', 'Business', 'Politics']), paragraphs, meeting: true };
}
