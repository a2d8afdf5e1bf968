// Weekday names as data; index = JavaScript getUTCDay() (0 = Sunday).
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** Regex source for a capitalised weekday name (no capture group). */
export const WEEKDAY_SOURCE = `(?:${WEEKDAYS.join('|')})(?![A-Za-z])`;

/** 0..6 for a weekday name, else undefined. */
export function weekdayNumber(name: string): number | undefined {
  const index = WEEKDAYS.findIndex((day) => day.toLowerCase() === name.toLowerCase());
  return index < 0 ? undefined : index;
}
