// Documents signed: memoranda, agreements, programmes and declarations, by
// ministers or after leaders' talks.
import { ymd } from '../calendar';
import type { Role } from '../Offices';
import { titleCase } from '../titleCase';
import { cap } from '../Story';
import type { Story } from '../Story';
import { an } from './Scene';
import type { SceneText } from './Scene';

const SIGNING_ROLES: readonly Role[] = [
  'foreign-minister',
  'trade-minister',
  'energy-minister',
  'economy-minister',
];

/** The name of a bilateral document about `area`. */
export function documentName(s: Story, area: string): string {
  const y = ymd(s.event).year;
  const field = titleCase(area);
  return s.rng.pick([
    `Memorandum of Understanding on Cooperation in the Field of ${field}`,
    `Agreement on Cooperation in ${field}`,
    `Programme of Cooperation in ${field} for ${y}-${y + 2}`,
    `Roadmap for the Development of Cooperation in ${field}`,
    'Agreement on the Mutual Protection of Investments',
    'Agreement on Visa Exemption for Holders of Diplomatic and Service Passports',
    'Protocol on Political Consultations between the Ministries of Foreign Affairs',
    'Joint Declaration on Further Strengthening Friendship and Cooperation',
    'Agreement on the Avoidance of Double Taxation',
  ]);
}

export function agreementScene(s: Story): SceneText {
  const r = s.rng;
  const city = s.city(r.chance(0.5) ? s.a : s.b);
  const when = s.when(s.event);
  const [area = 'trade', area2 = 'education'] = s.areas(2);
  const doc = documentName(s, area);
  const role = r.chance(0.6) ? r.pick(SIGNING_ROLES) : null;
  const x = role ? s.official(s.a, role) : s.leader(s.a);
  const y = s.official(s.b, x.tenure.role);

  const title = r.pick([
    `${s.Nm(s.a)} and ${s.nm(s.b)} sign ${r.int(2, 12)} cooperation documents`,
    `${s.Nm(s.a)}, ${s.nm(s.b)} sign memorandum on ${area}`,
    `${s.pairAdj()} agreement on ${area} signed in ${city}`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} expand legal framework of cooperation`,
  ]);
  const lead = s.one(
    () => `${s.Nm(s.a)} and ${s.nm(s.b)} signed ${an(doc)} ${doc} in ${city} ${when}.`,
    () =>
      `${cap(an(doc))} ${doc} was signed in ${city} ${when} by ${s.introduce(x)} and ${s.introduce(y)}.`,
    () =>
      `${cap(s.introduce(x))} and ${s.introduce(y)} signed the ${doc} following talks in ${city} ${when}.`,
    () =>
      `Following talks between ${s.introduce(x)} and ${s.introduce(y)} in ${city} ${when}, the two countries signed ${r.int(3, 11)} documents, including the ${doc}.`,
  );
  const paragraphs = [lead];
  paragraphs.push(
    r.pick([
      `The document provides for joint projects, exchanges of experts and regular consultations in ${area} and ${area2}.`,
      `Under the document, the parties will set up a joint working group on ${area}, which is to meet at least once a year.`,
      `According to the ${s.adj(s.a)} side, the agreement creates a legal basis for expanding cooperation in ${area} and attracting investment.`,
    ]),
  );
  if (r.chance(0.5)) {
    paragraphs.push(
      `The signing ceremony was attended by ${s.who(s.leader(s.a))} and ${s.who(s.leader(s.b))}, who also witnessed the exchange of a memorandum on ${area2} and a cultural exchange programme.`,
    );
  }
  return {
    title,
    section: r.pick(['Politics', 'Economy', 'Foreign policy']),
    paragraphs,
    meeting: true,
  };
}
