// Foreign ministers meet: in one of the two capitals, or on the sidelines of
// the UN General Assembly or an organisation's meeting.
import { dayOf, ordinal, ymd } from '../calendar';
import { cap, list } from '../Story';
import type { Story } from '../Story';
import type { SceneText } from './Scene';

interface Venue {
  /** For the lead: "in Baku", "on the sidelines of the 78th session of the UN General Assembly in New York". */
  phrase: string;
  /** For the headline: "in Baku", "in New York". */
  short: string;
}

export function talksScene(s: Story): SceneText {
  const r = s.rng;
  const venue = pickVenue(s);
  const fa = s.official(s.a, 'foreign-minister');
  const fb = s.official(s.b, 'foreign-minister');
  const when = s.when(s.event);
  const pa = fa.tenure.person;
  const pb = fb.tenure.person;

  const title = r.pick([
    `${s.adj(s.a)} and ${s.adj(s.b)} foreign ministers meet ${venue.short}`,
    `${pa.short} and ${pb.short} discuss bilateral agenda`,
    `${s.Nm(s.a)} FM holds talks with ${s.adj(s.b)} counterpart`,
    `${pa.short}, ${pb.short} review ${s.pairAdj()} cooperation`,
    `Top diplomats of ${s.nm(s.a)} and ${s.nm(s.b)} hold talks ${venue.short}`,
  ]);
  const lead = s.one(
    () =>
      `${cap(s.introduce(fa))} met with ${s.his(fa)} ${s.adj(s.b)} counterpart ${s.introduceNameOnly(fb)} ${venue.phrase} ${when}.`,
    () =>
      `The foreign ministers of ${s.nm(s.a)} and ${s.nm(s.b)}, ${s.introduceNameOnly(fa)} and ${s.introduceNameOnly(fb)}, held talks ${venue.phrase} ${when}.`,
    () => `${cap(s.introduce(fa))} and ${s.introduce(fb)} held a meeting ${venue.phrase} ${when}.`,
    () =>
      `Talks between the foreign ministers of ${s.nm(s.a)} and ${s.nm(s.b)} took place ${venue.phrase} ${when}, the ${s.adj(s.a)} Foreign Ministry said.`,
  );
  const body = s.one(
    () =>
      `The ministers discussed the current state and prospects of ${s.pairAdj()} relations, as well as regional and international issues of mutual interest.`,
    () => {
      const [x, y] = s.areas(2);
      return `${cap(s.who(fa))} and ${s.who(fb)} exchanged views on cooperation in ${x} and ${y} and on the agenda of upcoming bilateral contacts.`;
    },
    () =>
      'The sides noted the importance of regular political consultations between the two foreign ministries and agreed to intensify contacts at all levels.',
  );
  const paragraphs = [lead, body];
  if (r.chance(0.45)) {
    paragraphs.push(
      s.one(
        () =>
          `The ministers also discussed preparations for the upcoming visit of ${s.introduce(s.leader(s.b))} to ${s.nm(s.a)}.`,
        () =>
          `${cap(s.who(fa))} and ${s.who(fb)} discussed the agenda of the next meeting of the joint commission, which is expected to take place ${s.when(s.pub + r.int(40, 200))}.`,
      ),
    );
  }
  if (r.chance(0.35)) {
    const topics = [
      'the situation in the region',
      `relations with ${s.nm(s.other())}`,
      'global food security',
      'the security situation in the wider region',
      'reform of the United Nations Security Council',
    ];
    paragraphs.push(`They also touched upon ${list(r.sample(topics, 2))}.`);
  }
  return {
    title,
    section: r.pick(['Foreign policy', 'Politics', 'Diplomacy']),
    paragraphs,
    meeting: true,
  };
}

function pickVenue(s: Story): Venue {
  const r = s.rng;
  const roll = r.float();
  if (roll < 0.12) {
    // The General Assembly's high-level week, late September.
    const year = ymd(s.pub).year;
    s.setEvent(dayOf(year, 9, r.int(20, 28)));
    return {
      phrase: `on the sidelines of the ${ordinal(year - 1945)} session of the UN General Assembly in New York`,
      short: 'in New York',
    };
  }
  if (roll < 0.25) {
    const shared = s.sharedOrgs().filter((o) => o.id !== 'UN');
    if (shared.length > 0) {
      const org = r.pick(shared);
      const host = s.world.country(r.pick([...org.members.keys()]));
      const city = s.city(host);
      return {
        phrase: `on the sidelines of the meeting of the ${org.name} Council of Foreign Ministers in ${city}`,
        short: `in ${city}`,
      };
    }
  }
  const city = s.city(r.chance(0.5) ? s.a : s.b);
  return { phrase: `in ${city}`, short: `in ${city}` };
}
