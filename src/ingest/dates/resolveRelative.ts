// Year inference for dates written without a year ("July 3", "in March",
// "on Wednesday"). News reports mostly look back, so a bare date is the latest
// one on or before publication; a clause that speaks of the future ("will",
// "scheduled") takes the earliest one on or after it instead.
import type { CalendarDate } from './calendarDate';
import { addDays, compareDates, isValidDate, weekdayOf } from './calendarDate';

/** Which occurrence a yearless date means, seen from the publication date. */
export type Direction = 'past' | 'future';

/**
 * Inclusive: the publication day/month itself qualifies. Strict (`last July`,
 * `next Tuesday`): it does not.
 */
export interface ResolveOptions {
  direction: Direction;
  strict?: boolean;
}

/** The occurrence of month/day nearest publication in the given direction. */
export function resolveMonthDay(
  month: number,
  day: number,
  pub: CalendarDate,
  { direction, strict = false }: ResolveOptions,
): CalendarDate | undefined {
  const years =
    direction === 'past'
      ? [pub.year + 1, pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4]
      : [pub.year - 1, pub.year, pub.year + 1, pub.year + 2, pub.year + 3, pub.year + 4];
  // Scan five years so that 29 February still finds a leap year.
  for (const year of years) {
    if (!isValidDate(year, month, day)) continue;
    const order = compareDates({ year, month, day }, pub);
    const fits =
      direction === 'past' ? (strict ? order < 0 : order <= 0) : strict ? order > 0 : order >= 0;
    if (fits) return { year, month, day };
  }
  return undefined;
}

/** The year of the month nearest publication in the given direction. */
export function resolveMonth(
  month: number,
  pub: { year: number; month: number },
  { direction, strict = false }: ResolveOptions,
): { year: number; month: number } {
  if (direction === 'past') {
    const sameYear = strict ? month < pub.month : month <= pub.month;
    return { year: sameYear ? pub.year : pub.year - 1, month };
  }
  const sameYear = strict ? month > pub.month : month >= pub.month;
  return { year: sameYear ? pub.year : pub.year + 1, month };
}

/** The weekday (0 = Sunday) nearest publication in the given direction. */
export function resolveWeekday(
  weekday: number,
  pub: CalendarDate,
  { direction, strict = false }: ResolveOptions,
): CalendarDate {
  const today = weekdayOf(pub);
  if (direction === 'past') {
    let back = (today - weekday + 7) % 7;
    if (back === 0 && strict) back = 7;
    return addDays(pub, -back);
  }
  let ahead = (weekday - today + 7) % 7;
  if (ahead === 0 && strict) ahead = 7;
  return addDays(pub, ahead);
}

/** Monday..Sunday of the ISO week `weeks` away from the publication week. */
export function resolveWeek(pub: CalendarDate, weeks: number): [CalendarDate, CalendarDate] {
  const sinceMonday = (weekdayOf(pub) + 6) % 7;
  const monday = addDays(pub, weeks * 7 - sinceMonday);
  return [monday, addDays(monday, 6)];
}

/** The month `months` away from the publication month. */
export function shiftMonth(
  pub: { year: number; month: number },
  months: number,
): { year: number; month: number } {
  const index = pub.year * 12 + (pub.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
