import { QUANTITY_LEADERS, YEAR_BLOCKERS, YEAR_FOLLOWERS } from './yearContext';

// The next token on the same line: a word, a single non-space character, or nothing.
const NEXT_TOKEN = /^[ \t]*([A-Za-z]+|\S)?/;
// The word right before, with an optional dot ("No. 2017").
const PREVIOUS_WORD = /([A-Za-z]+)\.?[ \t]+$/;
// Characters after a number that make it a quantity or a code, not a year.
const NON_YEAR_MARKS = new Set([
  '%',
  '/',
  '+',
  '°',
  '$',
  '€',
  '£',
  '*',
  '&',
  '=',
  '<',
  '>',
  '#',
  '@',
]);

/**
 * Whether the four-digit number at [start, end) of `text` reads as a year.
 * See yearContext.ts for the word lists and the reasoning.
 */
export function isYearInContext(text: string, start: number, end: number): boolean {
  const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  const before = previous?.toLowerCase();
  if (before !== undefined && YEAR_BLOCKERS.has(before)) return false;
  const token = NEXT_TOKEN.exec(text.slice(end, end + 32))?.[1];
  if (token === undefined) return true;
  if (/^[A-Za-z]/.test(token)) {
    if (token[0] !== token[0]?.toLowerCase()) {
      return before === undefined || !QUANTITY_LEADERS.has(before);
    }
    return YEAR_FOLLOWERS.has(token.toLowerCase());
  }
  return !NON_YEAR_MARKS.has(token);
}
