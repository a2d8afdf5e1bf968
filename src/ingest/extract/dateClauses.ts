// Which dates of a sentence a fact may take (data/rules/dating.json). A date
// inside a relative clause about a person ("X, who arrived on Monday, met Y")
// belongs to that clause; one about a thing ("the partnership, which was
// established in 2018") also dates a fact anchored just before it; a date
// after an earlier-event cue ("the two had last met in 2022") belongs to that
// earlier event. "The same day" repeats the last day named before.
import type { Ctx } from './context';
import type { DateMention, Sentence } from './model';
import { ruleTable } from './ruleTable';
import { phraseRegex } from './words';

interface DatingTable {
  subordinators: string[];
  thingSubordinators: string[];
  earlierCues: string[];
  sameDay: string[];
  ownVerbs: string[];
  ownTypes: string[];
  dayFallback: string[];
  eventDayFallback: string[];
  periodWords: string[];
}

export interface Clause {
  start: number;
  end: number;
  /** `person`: who/whose; `thing`: which/where; `earlier`: an earlier event. */
  kind: 'person' | 'thing' | 'earlier';
}

interface Compiled {
  relative: RegExp;
  person: Set<string>;
  earlier: RegExp;
  sameDay: RegExp;
  ownVerb: RegExp;
  ownTypes: Set<string>;
  dayFallback: Set<string>;
  eventDayFallback: Set<string>;
  period: RegExp;
}

let compiled: Compiled | undefined;

export function datingRules(): Compiled {
  if (compiled) return compiled;
  const t = ruleTable<DatingTable>('dating');
  const subs = [...t.subordinators, ...t.thingSubordinators].join('|');
  compiled = {
    relative: new RegExp(`,\\s+(${subs})\\b`, 'gi'),
    person: new Set(t.subordinators),
    earlier: new RegExp(`\\b(?:${t.earlierCues.join('|')})\\b`, 'gi'),
    sameDay: phraseRegex(t.sameDay),
    ownVerb: new RegExp(`\\b(?:${t.ownVerbs.join('|').replace(/ /g, '\\s+')})\\s+$`, 'i'),
    ownTypes: new Set(t.ownTypes),
    dayFallback: new Set(t.dayFallback),
    eventDayFallback: new Set(t.eventDayFallback),
    period: new RegExp(`\\b(?:${t.periodWords.join('|')})\\s+(?:the\\s+)?(?:years?\\s+)?$`, 'i'),
  };
  return compiled;
}

/** Relative clauses of a sentence: from the comma to the next comma or semicolon. */
export function relativeClauses(ctx: Ctx, s: Sentence): Clause[] {
  const r = datingRules();
  const text = ctx.text.slice(s.start, s.end);
  const out: Clause[] = [];
  r.relative.lastIndex = 0;
  for (const m of text.matchAll(r.relative)) {
    const from = m.index ?? 0;
    const stop = /[,;]/.exec(text.slice(from + m[0].length));
    const to = stop ? from + m[0].length + stop.index : text.length;
    const word = (m[1] ?? '').toLowerCase();
    out.push({
      start: s.start + from,
      end: s.start + to,
      kind: r.person.has(word) ? 'person' : 'thing',
    });
  }
  return out;
}

/**
 * The earlier-event clause a date sits in ("…, and the two had last met in
 * April 2022"): from the cue to the date, or undefined. The clause runs back
 * to the nearest comma, semicolon or dash, at most 60 characters.
 */
export function earlierClause(ctx: Ctx, s: Sentence, d: DateMention): Clause | undefined {
  const from = Math.max(s.start, d.start - 60);
  const before = ctx.text.slice(from, d.start);
  const cut = Math.max(
    before.lastIndexOf(','),
    before.lastIndexOf(';'),
    before.lastIndexOf('—'),
    before.lastIndexOf(' – '),
  );
  const clause = before.slice(cut + 1);
  const r = datingRules();
  r.earlier.lastIndex = 0;
  const cue = r.earlier.exec(clause);
  if (!cue) return undefined;
  return { start: from + cut + 1 + cue.index, end: d.end, kind: 'earlier' };
}

/** "On the same day": the last day-precision date before the sentence, placed at the phrase. */
export function sameDayDates(ctx: Ctx, s: Sentence): DateMention[] {
  const r = datingRules();
  const text = ctx.text.slice(s.start, s.end);
  r.sameDay.lastIndex = 0;
  const m = r.sameDay.exec(text);
  if (!m) return [];
  const last = ctx.dates.findLast(
    (d) =>
      d.end <= s.start &&
      d.precision === 'day' &&
      d.start >= ctx.article.bodyStart &&
      d.value <= ctx.pubDay,
  );
  if (!last) return [];
  const start = s.start + m.index;
  return [
    {
      ...last,
      start,
      end: start + m[0].length,
      text: m[0],
      relative: true,
      rule: 'date:same-day',
    },
  ];
}

/** "a plan of action for 2025-2029": a year range that is a document's term. */
export function isTerm(ctx: Ctx, d: DateMention): boolean {
  if (!d.valueEnd || d.precision !== 'year') return false;
  return datingRules().period.test(ctx.text.slice(Math.max(0, d.start - 20), d.start));
}
