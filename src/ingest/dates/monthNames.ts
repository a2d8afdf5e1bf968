// Month names as data: full names and the abbreviations news sites use.
// Matching is case-sensitive on purpose: "may" (modal) and "march" (verb)
// are never months.

export const FULL_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Regex source for a full month name (no capture group). */
export const FULL_MONTH_SOURCE = `(?:${FULL_MONTHS.join('|')})(?![A-Za-z])`;

/** Regex source for a full or abbreviated month name with an optional dot (no capture group). */
export const MONTH_SOURCE = `(?:(?:${FULL_MONTHS.join('|')}|${MONTH_ABBREVIATIONS.join('|')})(?![A-Za-z])\\.?)`;

const MONTH_BY_PREFIX: ReadonlyMap<string, number> = new Map(
  FULL_MONTHS.map((name, index) => [name.slice(0, 3).toLowerCase(), index + 1]),
);

/** 1..12 for a month name or abbreviation ("Sept.", "July"), else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_PREFIX.get(name.slice(0, 3).toLowerCase());
}
