// Calendar arithmetic on plain year/month/day triples. All maths goes through
// Date.UTC so the host time zone can never shift a day.

/** A calendar date; `month` is 1..12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Negative, zero or positive, like a sort comparator. Missing parts compare as 0. */
export function compareDates(
  a: { year: number; month?: number; day?: number },
  b: { year: number; month?: number; day?: number },
): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `2025`, `2025-04` or `2025-04-23`, depending on which parts are given. */
export function formatPartialDate(value: { year: number; month?: number; day?: number }): string {
  let out = pad(value.year, 4);
  if (value.month !== undefined) {
    out += `-${pad(value.month, 2)}`;
    if (value.day !== undefined) out += `-${pad(value.day, 2)}`;
  }
  return out;
}
