// Who holds which office when. Every office (a country's foreign minister, an
// ambassador of one country to another, an organisation's secretary-general)
// has a seeded succession of terms from 2004 on, and each term a person, so
// the same minister recurs across articles and is replaced after a few years,
// as in real news.
import type { Day } from './calendar';
import { dayOf } from './calendar';
import { createRng } from './createRng';
import type { NameBook, Person } from './nameBook';

export type Role =
  | 'president'
  | 'prime-minister'
  | 'foreign-minister'
  | 'deputy-foreign-minister'
  | 'defense-minister'
  | 'trade-minister'
  | 'energy-minister'
  | 'economy-minister'
  | 'spokesperson'
  | 'ambassador'
  | 'secretary-general';

interface RolePlan {
  /** Term length in years, inclusive range. */
  years: [number, number];
  /** Share of women among holders. */
  women: number;
}

const PLANS: Record<Role, RolePlan> = {
  president: { years: [4, 9], women: 0.15 },
  'prime-minister': { years: [2, 6], women: 0.2 },
  'foreign-minister': { years: [2, 7], women: 0.25 },
  'deputy-foreign-minister': { years: [2, 5], women: 0.35 },
  'defense-minister': { years: [2, 6], women: 0.15 },
  'trade-minister': { years: [2, 5], women: 0.3 },
  'energy-minister': { years: [2, 5], women: 0.25 },
  'economy-minister': { years: [2, 5], women: 0.3 },
  spokesperson: { years: [2, 4], women: 0.5 },
  ambassador: { years: [3, 5], women: 0.3 },
  'secretary-general': { years: [3, 6], women: 0.25 },
};

const FIRST_TERM_FROM = dayOf(2004);
const LAST_TERM_FROM = dayOf(2028);
const YEAR = 365;

/** One office: a country's role, an ambassador's posting, an organisation's head. */
export interface Office {
  /** Stable key: 'AZE:foreign-minister', 'CHN>AZE:ambassador', 'SCO:secretary-general'. */
  key: string;
  role: Role;
  /** Naming culture of the holders; a function when each term may differ (organisations). */
  culture: string | ((termIndex: number) => string);
}

export interface Tenure {
  person: Person;
  role: Role;
  start: Day;
  /** First day after the term. */
  end: Day;
  /** The holder of the term before, null for the first term on record. */
  previous: Person | null;
  previousStart: Day | null;
}

interface Term {
  start: Day;
  end: Day;
  female: boolean;
  person?: Person;
}

export class Offices {
  private readonly terms = new Map<string, Term[]>();

  constructor(
    private readonly seed: number,
    private readonly names: NameBook,
  ) {}

  /** The holder of `office` on `day` (2004–2028). */
  holder(office: Office, day: Day): Tenure {
    const terms = this.schedule(office);
    let index = terms.findIndex((t) => day >= t.start && day < t.end);
    if (index < 0) index = day < (terms[0]?.start ?? 0) ? 0 : terms.length - 1;
    return this.tenure(office, terms, index);
  }

  /** Every term that starts inside [from, to), with its holder. */
  termsStarting(office: Office, from: Day, to: Day): Tenure[] {
    const terms = this.schedule(office);
    const out: Tenure[] = [];
    terms.forEach((t, index) => {
      if (t.start >= from && t.start < to) out.push(this.tenure(office, terms, index));
    });
    return out;
  }

  private tenure(office: Office, terms: Term[], index: number): Tenure {
    const term = terms[index];
    if (!term) throw new Error(`no term ${index} for ${office.key}`);
    const before = terms[index - 1];
    return {
      person: this.personOf(office, term, index),
      role: office.role,
      start: term.start,
      end: term.end,
      previous: before ? this.personOf(office, before, index - 1) : null,
      previousStart: before ? before.start : null,
    };
  }

  private schedule(office: Office): Term[] {
    const known = this.terms.get(office.key);
    if (known) return known;
    const rng = createRng(this.seed, 'office', office.key);
    const plan = PLANS[office.role];
    const terms: Term[] = [];
    let start = FIRST_TERM_FROM - rng.int(0, plan.years[1] * YEAR);
    while (start < LAST_TERM_FROM) {
      const end = start + rng.int(plan.years[0] * YEAR, plan.years[1] * YEAR);
      terms.push({ start, end, female: rng.chance(plan.women) });
      start = end;
    }
    this.terms.set(office.key, terms);
    return terms;
  }

  private personOf(office: Office, term: Term, index: number): Person {
    if (!term.person) {
      const culture = typeof office.culture === 'function' ? office.culture(index) : office.culture;
      const rng = createRng(this.seed, 'person', office.key, index);
      term.person = this.names.create(rng, culture, term.female);
    }
    return term.person;
  }
}
