// The writing context of one article: its seeded randomness, publication
// day, the two countries it is about, and the phrasing helpers every scene
// and paragraph uses (how to name a country, introduce an official on first
// mention and refer back later, spell a date relative to the publication
// day). Terminology: the *scene* is the news event an article reports; the
// *event day* is when it happened; fillers are background paragraphs.
import type { Agency, Country, Organization, Topic, World } from './buildWorld';
import type { Day } from './calendar';
import { dayMonth, dayOf, monthDay, monthName, monthYear, weekdayName, ymd } from './calendar';
import type { Rng } from './createRng';
import type { Office, Offices, Role, Tenure } from './Offices';
import type { PairHistory } from './PairHistory';

export interface Env {
  seed: number;
  world: World;
  offices: Offices;
  pairs: PairHistory;
}

export interface Official {
  tenure: Tenure;
  /** The country the official serves (null for an organisation's head). */
  country: Country | null;
  org: Organization | null;
  /** Ambassadors: the country they are posted to. */
  host: Country | null;
}

export interface StoryMark {
  journal: number;
  officials: number;
}

export const FIRST_DAY = dayOf(2015, 1, 1);
export const LAST_DAY = dayOf(2026, 12, 31);

// Title ids in data/gazetteers/titles.json for each role.
const TITLE_IDS: Record<Role, string> = {
  president: 'president',
  'prime-minister': 'prime-minister',
  'foreign-minister': 'foreign-minister',
  'deputy-foreign-minister': 'deputy-foreign-minister',
  'defense-minister': 'defense-minister',
  'trade-minister': 'trade-minister',
  'energy-minister': 'energy-minister',
  'economy-minister': 'economy-minister',
  spokesperson: 'spokesperson',
  ambassador: 'ambassador',
  'secretary-general': 'secretary-general',
};

// Acronyms read as words take no article ("NATO", not "the NATO").
const WORD_ACRONYMS = new Set([
  'NATO',
  'ASEAN',
  'OPEC',
  'APEC',
  'SAARC',
  'BIMSTEC',
  'CICA',
  'GUAM',
  'AUKUS',
  'ECOWAS',
  'CARICOM',
  'CELAC',
  'UNASUR',
  'SICA',
  'IGAD',
  'SADC',
  'IRENA',
  'IORA',
  'EFTA',
  'BRICS',
]);

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export class Story {
  a: Country;
  b: Country;
  pub: Day;
  /** When the reported event happened (the publication day or a few days before). */
  event: Day;
  agency: Agency | null = null;
  /** Officials quoted or named so far, for fillers that need a speaker. */
  readonly officials: Official[] = [];
  /** Topic ids the article has brought up. */
  readonly topicIds = new Set<string>();
  private yearOf: [Day, number] = [Number.NaN, 0];
  private readonly introduced = new Set<string>();
  /** Family name → full names introduced with it; a shared family name is not a reference. */
  private readonly shorts = new Map<string, Set<string>>();
  /** Undo steps for everything recorded above and in topicIds, newest last. */
  private readonly journal: (() => void)[] = [];

  constructor(
    readonly env: Env,
    readonly rng: Rng,
  ) {
    this.a = env.world.pickCountry(rng);
    this.b = env.world.pickPartner(rng, this.a);
    this.pub = rng.int(FIRST_DAY, LAST_DAY);
    this.event = this.pub - this.recentOffset();
  }

  /**
   * One of the alternatives, written lazily: only the chosen text runs, so
   * first mentions in the others do not count as said.
   */
  one(...alternatives: (() => string)[]): string {
    return this.rng.pick(alternatives)();
  }

  /** A point to roll back to when a paragraph written after it is dropped. */
  mark(): StoryMark {
    return { journal: this.journal.length, officials: this.officials.length };
  }

  /** Forgets the first mentions and topics recorded since `m`. */
  rollback(m: StoryMark): void {
    while (this.journal.length > m.journal) this.journal.pop()?.();
    this.officials.length = m.officials;
  }

  /** Serving on the event day (not a past holder mentioned in passing). */
  serving(o: Official): boolean {
    return o.tenure.start <= this.event && this.event < o.tenure.end;
  }

  get world(): World {
    return this.env.world;
  }

  /** 0–6 days, mostly 0–2: news reports what happened today or this week. */
  recentOffset(): number {
    return this.rng.pick([0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6]);
  }

  /** Sets the event day and puts the publication 0–2 days after it, inside the corpus range. */
  setEvent(day: Day): void {
    this.event = Math.max(FIRST_DAY, Math.min(LAST_DAY, day));
    this.pub = Math.min(LAST_DAY, this.event + this.rng.pick([0, 0, 1, 1, 2]));
  }

  get year(): number {
    if (this.yearOf[0] !== this.pub) this.yearOf = [this.pub, ymd(this.pub).year];
    return this.yearOf[1];
  }

  // ---- countries -------------------------------------------------------

  /** "Azerbaijan", "the United States". */
  nm(c: Country): string {
    return c.definite ? `the ${c.name}` : c.name;
  }

  Nm(c: Country): string {
    return cap(this.nm(c));
  }

  poss(c: Country): string {
    const n = this.nm(c);
    return n.endsWith('s') ? `${n}'` : `${n}'s`;
  }

  /** Adjective: the demonym, else the name ("Azerbaijani", "Eswatini"). */
  adj(c: Country): string {
    return c.demonym ?? c.name;
  }

  /** "Azerbaijani-Chinese" or "Azerbaijan-China". */
  pairAdj(a: Country = this.a, b: Country = this.b): string {
    if (a.demonym && b.demonym && this.rng.chance(0.6)) return `${a.demonym}-${b.demonym}`;
    return `${a.name}-${b.name}`;
  }

  /** The government by its capital when the gazetteer reads it so, else by name. */
  gov(c: Country): string {
    return c.metonym && this.rng.chance(0.7) ? c.metonym : this.nm(c);
  }

  city(c: Country): string {
    return c.capital ?? this.nm(c);
  }

  /** A third country, neither of the pair. */
  other(...not: Country[]): Country {
    for (;;) {
      const c = this.world.pickCountry(this.rng);
      if (c.id !== this.a.id && c.id !== this.b.id && !not.some((n) => n.id === c.id)) return c;
    }
  }

  // ---- officials ---------------------------------------------------------

  official(c: Country, role: Role, day: Day = this.event, host: Country | null = null): Official {
    const office: Office =
      role === 'ambassador' && host
        ? { key: `${c.id}>${host.id}:ambassador`, role, culture: c.culture }
        : { key: `${c.id}:${role}`, role, culture: c.culture };
    const o = { tenure: this.env.offices.holder(office, day), country: c, org: null, host };
    this.officials.push(o);
    return o;
  }

  orgHead(org: Organization, day: Day = this.event): Official {
    const cultures = this.world.names.cultureNames;
    const office: Office = {
      key: `${org.id}:secretary-general`,
      role: 'secretary-general',
      culture: (i) => cultures[(i * 7 + org.id.length) % cultures.length] ?? 'anglo',
    };
    const o = { tenure: this.env.offices.holder(office, day), country: null, org, host: null };
    this.officials.push(o);
    return o;
  }

  /** A capitalised title for the official's role ("Foreign Minister", "Minister of Foreign Affairs"). */
  title(o: Official): string {
    const forms = this.world
      .titleForms(TITLE_IDS[o.tenure.role])
      .filter((f) => !(o.tenure.person.female && /man$/.test(f)));
    if (o.tenure.role === 'spokesperson') return 'Foreign Ministry Spokesperson';
    return forms.length > 0 ? this.rng.pick(forms) : cap(o.tenure.role.replace(/-/g, ' '));
  }

  /** Lower-case role noun for back references: "the minister", "the president". */
  roleNoun(o: Official): string {
    switch (o.tenure.role) {
      case 'president':
        return 'president';
      case 'prime-minister':
        return 'prime minister';
      case 'ambassador':
        return this.rng.pick(['ambassador', 'diplomat', 'envoy']);
      case 'spokesperson':
        return 'spokesperson';
      case 'secretary-general':
        return 'secretary-general';
      default:
        return this.rng.pick(['minister', 'top diplomat']);
    }
  }

  /** First mention with title and country, later mentions by family name (when it is unambiguous). */
  who(o: Official): string {
    const p = o.tenure.person;
    if (this.introduced.has(p.name)) {
      const unique = (this.shorts.get(p.short)?.size ?? 0) <= 1;
      return unique && this.rng.chance(0.85) ? p.short : p.name;
    }
    return this.introduce(o);
  }

  private remember(o: Official): void {
    const p = o.tenure.person;
    if (this.introduced.has(p.name)) return;
    this.introduced.add(p.name);
    const owners = this.shorts.get(p.short) ?? new Set<string>();
    owners.add(p.name);
    this.shorts.set(p.short, owners);
    this.journal.push(() => {
      this.introduced.delete(p.name);
      owners.delete(p.name);
    });
  }

  /** Just the name, when the sentence already says who the official is. */
  introduceNameOnly(o: Official): string {
    this.remember(o);
    return o.tenure.person.name;
  }

  /** Always the full introduction (title, country, name), without commas. */
  introduce(o: Official): string {
    const p = o.tenure.person;
    this.remember(o);
    const title = this.title(o);
    if (o.org) {
      const short = o.org.acronym ?? o.org.name;
      return this.rng.chance(0.5)
        ? `${short} ${title} ${p.name}`
        : `${title} of the ${o.org.name} ${p.name}`;
    }
    const c = o.country;
    if (!c) return p.name;
    if (o.tenure.role === 'ambassador' && o.host) {
      const h = o.host;
      return this.rng.pick([
        `${this.adj(c)} ${title} to ${this.nm(h)} ${p.name}`,
        `${this.poss(c)} ${title} to ${this.nm(h)} ${p.name}`,
        `${title} of ${this.nm(c)} to ${this.nm(h)} ${p.name}`,
      ]);
    }
    if (title.startsWith('Minister of') || title === 'Foreign Ministry Spokesperson') {
      return this.rng.pick([
        `${this.poss(c)} ${title} ${p.name}`,
        `${this.adj(c)} ${title} ${p.name}`,
      ]);
    }
    return this.rng.pick([
      `${this.adj(c)} ${title} ${p.name}`,
      `${this.poss(c)} ${title} ${p.name}`,
      `${title} of ${this.nm(c)} ${p.name}`,
      `${title} ${p.name} of ${this.nm(c)}`,
    ]);
  }

  /** Name then title, for the end of a sentence: "Lu Mei, the Chinese Ambassador to Azerbaijan". */
  appositive(o: Official): string {
    const p = o.tenure.person;
    this.remember(o);
    const c = o.country;
    if (o.org) return `${p.name}, ${this.title(o)} of the ${o.org.name}`;
    if (!c) return p.name;
    if (o.tenure.role === 'ambassador' && o.host) {
      return `${p.name}, ${this.poss(c)} ambassador to ${this.nm(o.host)}`;
    }
    return `${p.name}, the ${this.title(o)} of ${this.nm(c)}`;
  }

  isIntroduced(o: Official): boolean {
    return this.introduced.has(o.tenure.person.name);
  }

  short(o: Official): string {
    return o.tenure.person.short;
  }

  he(o: Official): string {
    return o.tenure.person.female ? 'she' : 'he';
  }

  his(o: Official): string {
    return o.tenure.person.female ? 'her' : 'his';
  }

  /** Head of state or government, whichever the scene wants to send. */
  leader(c: Country, day: Day = this.event): Official {
    return this.official(c, this.rng.chance(0.75) ? 'president' : 'prime-minister', day);
  }

  // ---- organisations -----------------------------------------------------

  /** Full name on first mention (sometimes with the acronym), the acronym later. */
  org(o: Organization): string {
    const acronymForm = o.acronym
      ? WORD_ACRONYMS.has(o.acronym)
        ? o.acronym
        : `the ${o.acronym}`
      : null;
    const full = o.name.includes(' ') ? `the ${o.name}` : o.name;
    if (this.introduced.has(o.id)) return acronymForm ?? full;
    this.introduced.add(o.id);
    this.journal.push(() => this.introduced.delete(o.id));
    return o.acronym && this.rng.chance(0.4) ? `${full} (${o.acronym})` : full;
  }

  /** Organisations both countries belong to on `day` (the UN always). */
  sharedOrgs(a: Country = this.a, b: Country = this.b, day: Day = this.event): Organization[] {
    const year = ymd(day).year;
    return this.world.organizations.filter((o) => {
      const ja = o.members.get(a.id);
      const jb = o.members.get(b.id);
      return ja !== undefined && jb !== undefined && ja <= year && jb <= year;
    });
  }

  // ---- topics ------------------------------------------------------------

  /** `n` distinct cooperation areas as phrases; remembers the topics. */
  areas(n: number): string[] {
    return this.rng.sample(this.world.topics, n).map((t: Topic) => {
      if (!this.topicIds.has(t.id)) {
        this.topicIds.add(t.id);
        this.journal.push(() => this.topicIds.delete(t.id));
      }
      // In a list, "culture and art and agriculture" reads badly: prefer single phrases.
      const simple = n > 1 ? t.areas.filter((a) => !a.includes(' and ')) : t.areas;
      return this.rng.pick(simple.length > 0 ? simple : t.areas);
    });
  }

  initiative(): string {
    const i = this.rng.pick(this.world.initiatives);
    return i.name.includes(' ') ? `the ${i.name}` : `the ${i.name} project`;
  }

  // ---- dates -------------------------------------------------------------

  /** How the text dates `day`, relative to the publication day: "on Tuesday", "yesterday", "on 3 March 2021". */
  when(day: Day): string {
    const diff = this.pub - day;
    const d = ymd(day);
    const p = ymd(this.pub);
    const r = this.rng;
    if (diff === 0) return r.pick(['today', `on ${weekdayName(day)}`, `on ${weekdayName(day)}`]);
    if (diff === 1)
      return r.pick(['yesterday', `on ${weekdayName(day)}`, `on ${monthDay(day, false)}`]);
    if (diff > 1 && diff < 7) {
      return r.pick([
        `on ${weekdayName(day)}`,
        `on ${weekdayName(day)}`,
        `on ${dayMonth(day, false)}`,
        `on ${monthDay(day, false)}`,
      ]);
    }
    if (diff >= 7 && diff < 45) {
      const options = [`on ${dayMonth(day, false)}`, `on ${monthDay(day, false)}`];
      if (d.month === p.month) options.push('earlier this month');
      else if ((p.month - d.month + 12) % 12 === 1 && diff < 40) options.push('last month');
      return r.pick(options);
    }
    if (diff >= 45) {
      const options = [
        `on ${dayMonth(day, true)}`,
        `on ${monthDay(day, true)}`,
        `in ${monthYear(day)}`,
      ];
      if (d.year === p.year) options.push(`in ${monthName(d.month)}`, 'earlier this year');
      return r.pick(options);
    }
    // The future: plans and invitations.
    const ahead = -diff;
    if (ahead === 1) return r.pick(['tomorrow', `on ${weekdayName(day)}`]);
    if (ahead < 7)
      return r.pick([`on ${weekdayName(day)}`, 'next week', `on ${monthDay(day, false)}`]);
    if (ahead < 45) {
      const options = [`on ${dayMonth(day, false)}`, `on ${monthDay(day, false)}`];
      if ((d.month - p.month + 12) % 12 === 1) options.push('next month');
      return r.pick(options);
    }
    const options = [`in ${monthYear(day)}`];
    if (d.year === p.year) options.push(`in ${monthName(d.month)}`, 'later this year');
    else if (d.year === p.year + 1) options.push('next year');
    return r.pick(options);
  }

  /** A year relative to the publication year: "this year", "last year", "in 2019". */
  yearPhrase(year: number): string {
    if (year === this.year && this.rng.chance(0.6)) return 'this year';
    if (year === this.year - 1 && this.rng.chance(0.6)) return 'last year';
    return `in ${year}`;
  }
}
