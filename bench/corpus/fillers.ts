// Background paragraphs that news about a country pair carries after the
// lead: cooperation areas, organisations, support for sovereignty, history,
// trade, quotations, earlier and planned visits, and distractors (negations,
// plans, third countries) that an extractor must not turn into facts. Each
// returns null when it has nothing true to say for this pair and day.
import { dayOf, monthYear, ordinal, ymd } from './calendar';
import { quote } from './quote';
import { money } from './money';
import { cap, list } from './Story';
import type { Story } from './Story';

export type Write = (s: Story) => string | null;

export interface Filler {
  write: Write;
  /** Presumes the scene was a meeting ("the sides discussed", "during the talks"). */
  meeting: boolean;
  /** May appear twice in one article (another quotation, more areas). */
  repeatable: boolean;
}

const cooperationAreas: Write = (s) => {
  const r = s.rng;
  const [x, y, z] = s.areas(3);
  return r.pick([
    `The sides discussed cooperation in ${x}, ${y} and ${z}.`,
    `Particular attention was paid to ${x} and ${y}, which both sides described as promising areas of cooperation.`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} expressed interest in expanding cooperation in ${x}, as well as in ${y}.`,
    `Prospects for cooperation in ${x} and ${z} were also on the agenda.`,
  ]);
};

const withinOrganizations: Write = (s) => {
  const shared = s.sharedOrgs();
  if (shared.length === 0) return null;
  const chosen = s.rng.sample(shared, s.rng.int(1, 3)).map((o) => s.org(o));
  return s.rng.pick([
    `The two countries cooperate closely within ${list(chosen)}.`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} also coordinate their positions within ${list(chosen)}, the statement said.`,
    `The sides stressed the importance of mutual support within international organisations, including ${list(chosen)}.`,
  ]);
};

const sovereignty: Write = (s) =>
  s.rng.pick([
    `${s.Nm(s.a)} reaffirmed its support for the sovereignty and territorial integrity of ${s.nm(s.b)}.`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} support each other on issues of sovereignty, independence and territorial integrity.`,
    `The sides reiterated their respect for each other's sovereignty and territorial integrity and for the principle of non-interference in internal affairs.`,
  ]);

const speech: Write = (s) => {
  // Someone already in the story speaks, or the foreign minister of either side.
  const named = s.officials
    .filter((o) => o.country !== null && s.isIntroduced(o) && s.serving(o))
    .slice(0, 6);
  const speaker =
    named.length > 0 && s.rng.chance(0.7)
      ? s.rng.pick(named)
      : s.official(s.rng.chance(0.5) ? s.a : s.b, 'foreign-minister');
  return quote(s, speaker);
};

const relationsHistory: Write = (s) => {
  const since = s.env.pairs.facts(s.a.id, s.b.id).relationsSince;
  const { year, day } = ymd(since);
  if (year >= s.year) return null;
  const age = s.year - year;
  return s.rng.pick([
    `Diplomatic relations between ${s.nm(s.a)} and ${s.nm(s.b)} were established ${s.rng.chance(0.5) ? `on ${day} ${monthYear(since)}` : `in ${monthYear(since)}`}.`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} established diplomatic relations in ${year}.`,
    age % 5 === 0
      ? `This year marks the ${ordinal(age)} anniversary of diplomatic relations between the two countries.`
      : `The two countries have maintained diplomatic relations since ${year}.`,
  ]);
};

const partnershipStatus: Write = (s) => {
  const step = s.env.pairs.levelAt(s.a.id, s.b.id, s.event);
  if (!step) {
    return s.rng.chance(0.3)
      ? `${s.Nm(s.a)} and ${s.nm(s.b)} have not signed a strategic partnership agreement, though officials on both sides have spoken of the possibility.`
      : null;
  }
  const { year } = ymd(step.day);
  return s.rng.pick([
    `Relations between ${s.nm(s.a)} and ${s.nm(s.b)} have been at the level of ${step.level} since ${year}.`,
    `The two countries signed the ${step.document} in ${year}.`,
    `${s.Nm(s.a)} and ${s.nm(s.b)} are bound by ${/^[aeiou]/.test(step.level) ? 'an' : 'a'} ${step.level}, established in ${year}.`,
  ]);
};

const trade: Write = (s) => {
  const year = s.year - 1;
  const now = s.env.pairs.tradeIn(s.a.id, s.b.id, year);
  const before = s.env.pairs.tradeIn(s.a.id, s.b.id, year - 1);
  const change = Math.round(((now - before) / before) * 100);
  const dir = change >= 0 ? `up ${change} percent` : `down ${-change} percent`;
  return s.rng.pick([
    `Bilateral trade amounted to ${money(now)} ${s.yearPhrase(year)}, ${dir} year on year.`,
    `According to official statistics, trade between ${s.nm(s.a)} and ${s.nm(s.b)} reached ${money(now)} ${s.yearPhrase(year)}.`,
    now >= 1000
      ? `${s.Nm(s.a)} is among the leading trade partners of ${s.nm(s.b)}, with turnover of about ${money(now)} ${s.yearPhrase(year)}.`
      : `Trade between the two countries remains modest, at about ${money(now)} ${s.yearPhrase(year)}.`,
  ]);
};

const initiative: Write = (s) => {
  const i = s.initiative();
  return s.rng.pick([
    `The sides also discussed joint projects within ${i}.`,
    `${s.Nm(s.a)} expressed interest in taking part in ${i}, which ${s.nm(s.b)} supports.`,
    `Cooperation on ${i} was described as an important part of the bilateral agenda.`,
  ]);
};

const pastVisit: Write = (s) => {
  const r = s.rng;
  const day = s.pub - r.int(200, 2400);
  if (day < dayOf(2008)) return null;
  const visitor = s.leader(s.b, day);
  return s.one(
    () => `${cap(s.who(visitor))} visited ${s.nm(s.a)} in ${monthYear(day)}.`,
    () =>
      `The last high-level visit took place in ${ymd(day).year}, when ${s.who(visitor)} travelled to ${s.city(s.a)}.`,
  );
};

const invitation: Write = (s) => {
  const host = s.leader(s.a, s.pub);
  const guest = s.leader(s.b, s.pub);
  return s.one(
    () =>
      `${cap(s.who(guest))} accepted an invitation to visit ${s.nm(s.a)}; the dates will be agreed through diplomatic channels.`,
    () =>
      `${cap(s.who(host))} invited ${s.who(guest)} to pay an official visit to ${s.nm(s.a)} ${s.when(s.pub + s.rng.int(60, 300))}.`,
    () =>
      `A visit by ${s.who(guest)} to ${s.city(s.a)} is being discussed but has not yet been scheduled.`,
  );
};

const negation: Write = (s) => {
  const r = s.rng;
  const nonShared = s.world.organizations.filter(
    (o) => o.members.has(s.a.id) && !o.members.has(s.b.id) && !o.observers.has(s.b.id),
  );
  const options = [
    () => 'No agreements were signed during the meeting.',
    () => 'The sides did not discuss the issue of visa requirements, the ministry said.',
    () =>
      `Contrary to earlier media reports, no new agreement on ${s.areas(1).join('')} was signed.`,
    () => `The ${s.adj(s.b)} side did not comment on the reports.`,
  ];
  if (nonShared.length > 0) {
    options.push(
      () =>
        `${s.Nm(s.b)} is not a member of ${s.org(r.pick(nonShared))}, but has attended several of its meetings as a guest.`,
    );
  }
  return s.one(...options);
};

const membership: Write = (s) => {
  const c = s.rng.chance(0.5) ? s.a : s.b;
  const orgs = s.world.organizations.filter(
    (o) => o.id !== 'UN' && (o.members.get(c.id) ?? 9999) <= s.year,
  );
  if (orgs.length === 0) return null;
  const o = s.rng.pick(orgs);
  const year = o.members.get(c.id) ?? s.year;
  const org = s.org(o);
  return s.rng.pick([
    `${s.Nm(c)} joined ${org} in ${year}.`,
    `${s.Nm(c)} has been a member of ${org} since ${year}.`,
    `${s.Nm(c)}, a member of ${org} since ${year}, has called for closer cooperation within the organisation.`,
  ]);
};

const officeBackground: Write = (s) => {
  const o = s.officials.find(
    (x) => x.country !== null && x.tenure.previous !== null && x.tenure.start > dayOf(2012),
  );
  if (!o || !o.tenure.previous) return null;
  const previous = o.tenure.previous.name;
  const name = cap(s.who(o));
  const role = o.tenure.role.replace(/-/g, ' ');
  return s.rng.pick([
    `${name} took office as ${role} in ${monthYear(o.tenure.start)}, succeeding ${previous}.`,
    `${name} has held the post since ${monthYear(o.tenure.start)}.`,
  ]);
};

const thirdCountry: Write = (s) => {
  const c = s.other();
  return s.rng.pick([
    `The sides also exchanged views on the situation in ${s.nm(c)}.`,
    `Developments in ${s.nm(c)} and their impact on regional security were also discussed.`,
    `Earlier, ${s.nm(c)} had offered to host a trilateral meeting, but no date has been agreed.`,
  ]);
};

const deputies: Write = (s) => {
  const x = s.official(s.a, 'deputy-foreign-minister');
  const y = s.official(s.b, 'deputy-foreign-minister');
  return `Political consultations between the two foreign ministries, led by ${s.introduce(x)} and ${s.introduce(y)}, were held in ${s.city(s.rng.chance(0.5) ? s.a : s.b)} ${s.when(s.pub - s.rng.int(30, 300))}.`;
};

const spokesperson: Write = (s) => {
  const o = s.official(s.rng.chance(0.5) ? s.a : s.b, 'spokesperson', s.pub);
  return `${cap(s.introduce(o))} told reporters that the talks had been held "in a friendly and constructive atmosphere".`;
};

const investment: Write = (s) => {
  const year = s.year - 1;
  const amount = money(s.env.pairs.tradeIn(s.a.id, s.b.id, year) * (s.rng.int(5, 60) / 100));
  const [area] = s.areas(1);
  return s.rng.pick([
    `${s.adj(s.a)} companies have invested about ${amount} in the economy of ${s.nm(s.b)}, mainly in ${area}.`,
    `Investment from ${s.nm(s.b)} in ${s.nm(s.a)} reached ${amount} by the end of ${year}, according to the ${s.adj(s.a)} side.`,
  ]);
};

const flights: Write = (s) => {
  const launched = s.pub - s.rng.int(60, 1500);
  if (!s.a.capital || !s.b.capital) return null;
  return s.rng.pick([
    `Direct flights between ${s.a.capital} and ${s.b.capital} were launched in ${monthYear(launched)}.`,
    `The launch of direct flights between ${s.a.capital} and ${s.b.capital}, under discussion for several years, has not yet been confirmed.`,
  ]);
};

const students: Write = (s) =>
  `About ${s.rng.int(2, 90) * 10} students from ${s.nm(s.b)} are currently studying at universities in ${s.nm(s.a)}, and the number of scholarships is set to grow.`;

const embassy: Write = (s) => {
  const since = ymd(s.env.pairs.facts(s.a.id, s.b.id).relationsSince).year;
  const opened = Math.min(s.year - 1, since + s.rng.int(1, 25));
  if (opened <= since) return null;
  return s.rng.pick([
    `${s.Nm(s.a)} opened its embassy in ${s.city(s.b)} in ${opened}.`,
    `${s.Nm(s.b)} does not yet have an embassy in ${s.city(s.a)}; its interests are represented by its mission in a neighbouring country.`,
  ]);
};

const background = (write: Write, repeatable = false): Filler => ({
  write,
  meeting: false,
  repeatable,
});
const afterMeeting = (write: Write, repeatable = false): Filler => ({
  write,
  meeting: true,
  repeatable,
});

export const FILLERS: readonly Filler[] = [
  afterMeeting(cooperationAreas, true),
  background(withinOrganizations),
  background(sovereignty),
  background(speech, true),
  background(relationsHistory),
  background(partnershipStatus),
  background(trade),
  background(initiative, true),
  background(pastVisit, true),
  background(invitation),
  afterMeeting(negation),
  background(membership, true),
  background(officeBackground),
  afterMeeting(thirdCountry),
  background(deputies),
  afterMeeting(spokesperson),
  background(investment),
  background(flights),
  background(students),
  background(embassy),
];
