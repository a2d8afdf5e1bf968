// Calendar days as integers (days since 1970-01-01, UTC) so that date
// arithmetic is exact and independent of the machine's time zone, plus the
// English names that news text spells dates with.
import { FULL_MONTHS } from '../../src/ingest/dates/monthNames';
import { WEEKDAYS } from '../../src/ingest/dates/weekdayNames';

export type Day = number;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

// Month and weekday names come from the parser's own data, so generated
// articles use exactly the forms the extractor reads.
export const MONTHS = FULL_MONTHS;
export { WEEKDAYS };

export function dayOf(year: number, month = 1, day = 1): Day {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymd(d: Day): Ymd {
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekdayName(d: Day): string {
  return WEEKDAYS[new Date(d * MS_PER_DAY).getUTCDay()] ?? 'Monday';
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? 'January';
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 2025-09-25 */
export function isoDay(d: Day): string {
  const { year, month, day } = ymd(d);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "25 September 2025" or, British-style without the year, "25 September". */
export function dayMonth(d: Day, withYear: boolean): string {
  const { year, month, day } = ymd(d);
  return `${day} ${monthName(month)}${withYear ? ` ${year}` : ''}`;
}

/** "September 25, 2025" or "September 25". */
export function monthDay(d: Day, withYear: boolean): string {
  const { year, month, day } = ymd(d);
  return `${monthName(month)} ${day}${withYear ? `, ${year}` : ''}`;
}

/** "September 2025" */
export function monthYear(d: Day): string {
  const { year, month } = ymd(d);
  return `${monthName(month)} ${year}`;
}

/** 1st, 2nd, 3rd, 11th, 22nd … */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "first" … "tenth", then 11th, 12th … */
export function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n - 1] ?? ordinal(n);
}
