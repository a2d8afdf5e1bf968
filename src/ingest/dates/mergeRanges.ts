import { compareDates } from './calendarDate';
import type { DateCandidate } from './DateMention';

// What may stand between the two ends of a range: "June 30 to July 2",
// "2019–2022"; "and" only after "between".
const RANGE_LINK = /^\s*(?:-|–|—|to|until|till|through)\s*$/;
const AND_LINK = /^\s+and\s+$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;

/**
 * Joins neighbouring point dates into ranges ("from June 30 to July 2",
 * "between March 2020 and May 2021"). A missing year on one side is taken from
 * the other, so "from March to May 2024" starts in March 2024.
 */
export function mergeRanges(candidates: DateCandidate[], text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const first = candidates[index];
    if (first === undefined) continue;
    const second = candidates[index + 1];
    const merged = second === undefined ? null : joinPair(first, second, text);
    if (merged) {
      out.push(merged);
      index++;
    } else {
      out.push(first);
    }
  }
  return out;
}

function joinPair(first: DateCandidate, second: DateCandidate, text: string): DateCandidate | null {
  if (first.to !== undefined || second.to !== undefined) return null;
  const link = text.slice(first.end, second.start);
  const before = text.slice(Math.max(0, first.start - 12), first.start);
  const between = BETWEEN_BEFORE.exec(before);
  if (!RANGE_LINK.test(link) && !(AND_LINK.test(link) && between)) return null;
  let from = first.from;
  let to = second.from;
  if (first.yearInferred && !second.yearInferred && from.month !== undefined) {
    from = { ...from, year: to.year };
    if (compareDates(from, to) > 0) from = { ...from, year: to.year - 1 };
  } else if (second.yearInferred && !first.yearInferred && to.month !== undefined) {
    to = { ...to, year: from.year };
    if (compareDates(to, from) < 0) to = { ...to, year: from.year + 1 };
  }
  if (compareDates(from, to) >= 0) return null;
  const lead = between ?? FROM_BEFORE.exec(before);
  return {
    start: lead ? first.start - lead[0].length : first.start,
    end: second.end,
    from,
    to,
    relative: first.relative || second.relative,
    yearInferred: first.yearInferred && second.yearInferred,
    rule: `range(${first.rule},${second.rule})`,
    priority: Math.min(first.priority, second.priority),
  };
}
