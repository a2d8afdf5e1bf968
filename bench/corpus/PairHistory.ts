// The invented but consistent history of each country pair: when diplomatic
// relations began, which partnership levels the pair reached and by which
// document, and the size of its trade. Seeded per pair, so every article about
// the same two countries tells the same story.
import type { Day } from './calendar';
import { dayOf } from './calendar';
import { createRng } from './createRng';
import { titleCase } from './titleCase';

export interface PartnershipStep {
  level: string;
  day: Day;
  /** The document that established it: "Joint Statement on the Establishment of a Strategic Partnership". */
  document: string;
}

export interface PairFacts {
  relationsSince: Day;
  partnership: PartnershipStep[];
  /** Bilateral trade in 2015, in millions of US dollars (before rounding for print). */
  trade2015: number;
  /** Yearly growth of trade, e.g. 0.06. */
  tradeGrowth: number;
}

// Successive levels a pair can climb; each pair follows one ladder.
const LADDERS: readonly (readonly string[])[] = [
  ['strategic partnership', 'comprehensive strategic partnership'],
  ['comprehensive partnership', 'strategic partnership', 'enhanced strategic partnership'],
  ['strategic partnership', 'all-round strategic partnership'],
  [
    'enhanced partnership',
    'strategic partnership',
    'comprehensive strategic cooperative partnership',
  ],
  ['comprehensive partnership', 'comprehensive strategic partnership'],
  ['strategic partnership', 'strategic alliance'],
];

const DOCUMENTS: readonly ((level: string) => string)[] = [
  (level) => `Joint Statement on the Establishment of ${article(level)} ${titleCase(level)}`,
  (level) => `Joint Declaration on ${titleCase(level)}`,
  (level) => `Declaration on the Establishment of ${article(level)} ${titleCase(level)}`,
  (level) => `Joint Statement on Further Deepening the ${titleCase(level)}`,
];

const LAST_DAY = dayOf(2026, 12, 31);

function article(level: string): string {
  return /^[aeiou]/i.test(level) ? 'an' : 'a';
}

export class PairHistory {
  private readonly cache = new Map<string, PairFacts>();

  /** `scale(a, b)` (0..1] shrinks the trade of pairs that are rarely in the news. */
  constructor(
    private readonly seed: number,
    private readonly scale: (a: string, b: string) => number = () => 1,
  ) {}

  static key(a: string, b: string): string {
    return a < b ? `${a}-${b}` : `${b}-${a}`;
  }

  facts(a: string, b: string): PairFacts {
    const key = PairHistory.key(a, b);
    const known = this.cache.get(key);
    if (known) return known;
    const rng = createRng(this.seed, 'pair', key);
    const relationsSince =
      dayOf(rng.chance(0.4) ? rng.int(1946, 1990) : rng.int(1991, 2012)) + rng.int(0, 364);
    const partnership: PartnershipStep[] = [];
    if (rng.chance(0.5)) {
      const ladder = rng.pick(LADDERS);
      const steps = rng.int(1, ladder.length);
      let day = dayOf(rng.int(1998, 2022)) + rng.int(0, 364);
      for (const level of ladder.slice(0, steps)) {
        if (day > LAST_DAY) break;
        partnership.push({ level, day, document: rng.pick(DOCUMENTS)(level) });
        day += rng.int(2 * 365, 9 * 365);
      }
    }
    const facts: PairFacts = {
      relationsSince,
      partnership,
      // Log-uniform between $200 million and $60 billion for the most prominent pairs.
      trade2015:
        Math.exp(Math.log(200) + rng.float() * Math.log(60_000 / 200)) *
        Math.sqrt(this.scale(a, b)),
      tradeGrowth: rng.int(-40, 140) / 1000,
    };
    this.cache.set(key, facts);
    return facts;
  }

  /** The partnership level in force on `day`, if any. */
  levelAt(a: string, b: string, day: Day): PartnershipStep | null {
    let current: PartnershipStep | null = null;
    for (const step of this.facts(a, b).partnership) if (step.day <= day) current = step;
    return current;
  }

  /** Trade in `year`, millions of US dollars. */
  tradeIn(a: string, b: string, year: number): number {
    const f = this.facts(a, b);
    return f.trade2015 * Math.pow(1 + f.tradeGrowth, year - 2015);
  }
}
