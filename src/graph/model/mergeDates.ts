// How the dates of one fact asserted by several pieces of evidence combine.
//
// Rule: a date that refines another wins (`2025` + `2025-04-23` → `2025-04-23`);
// between dates that conflict (neither refines the other) the earliest wins,
// because a fact's date is when it was first known to be true. Equivalently:
// the earliest of the maximal dates (those no other date refines). The result
// does not depend on the order in which evidence arrived.
import type { DatePrecision } from '../../ingest/types';

const ISO_PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for `2025`, `2025-04` and `2025-04-23`. */
export function isPartialDate(value: string): boolean {
  return ISO_PARTIAL_DATE.test(value);
}

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** True when `finer` names a period inside `coarser` at a higher precision. */
export function refines(finer: string, coarser: string): boolean {
  return finer.length > coarser.length && finer.startsWith(`${coarser}-`);
}

function maximal(dates: readonly string[]): string[] {
  return dates.filter((date) => !dates.some((other) => refines(other, date)));
}

/** The start date of a fact: the earliest maximal date, or undefined without any. */
export function mergeDates(dates: readonly string[]): string | undefined {
  // Plain string order is chronological between dates that do not refine one another.
  return maximal(dates)
    .sort()
    .find(() => true);
}

/** The end date of a fact: the latest maximal end date (a period lasts until its last stated end). */
export function mergeDateEnds(dates: readonly string[]): string | undefined {
  return maximal(dates).sort().reverse()[0];
}
