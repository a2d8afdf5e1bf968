// Recognises the lines that carry a publication date or time in site text:
// "  • 25 September, 2025", "  • 20:18", "Reuters) 14:05, March 06, 2023",
// "09:41 JST, March 14, 2024", and inline datelines ("NAIROBI, May 6
// (Reuters) --", "LIMA, October 2. /TASS/."). chrono's strict parser
// reads the date; these functions only decide which lines to ask it about.
import * as chrono from 'chrono-node';

import type { DateTimeParts } from './dateTimeParts';
import { partsFromChrono, timeFromChrono } from './dateTimeParts';

/** A date found on a line: complete, or month and day without a year. */
export type LineDate = { kind: 'date'; parts: DateTimeParts } | { kind: 'yearless'; text: string };

const BULLETS = /^[\s•·▪●◦‣*|>–—-]+/;
const MAX_DATE_LINE = 80;
// Words a date line may carry besides the date ("Published:", "Updated on", an agency name).
const MAX_EXTRA_WORDS = 3;
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/i;
// "NAIROBI, " or "BAKU, Azerbaijan, " at the start of a paragraph.
const DATELINE_PLACE = /^[A-Z][A-Za-z'’.\- ]{1,40}?(?:,\s*[A-Z][A-Za-z'’.\- ]{1,30}?)?,\s+/;

export function stripBullets(line: string): string {
  return line.replace(BULLETS, '').trim();
}

/** The date of a line that is (mostly) a date, else undefined. */
export function readDateLine(line: string): LineDate | undefined {
  const bare = stripBullets(line);
  if (bare.length === 0 || bare.length > MAX_DATE_LINE || !/\d/.test(bare)) return undefined;
  const [result] = chrono.strict.parse(bare);
  if (!result || !result.start.isCertain('month') || !result.start.isCertain('day')) {
    return undefined;
  }
  const rest = bare.slice(0, result.index) + bare.slice(result.index + result.text.length);
  if ((rest.match(/[A-Za-z]+/g) ?? []).length > MAX_EXTRA_WORDS) return undefined;
  return toLineDate(result);
}

/** Hour and minute of a line that holds only a time ("  • 20:18"), else undefined. */
export function readTimeLine(
  line: string,
): Omit<DateTimeParts, 'year' | 'month' | 'day'> | undefined {
  const bare = stripBullets(line);
  if (!TIME_ONLY.test(bare)) return undefined;
  const [result] = chrono.strict.parse(bare);
  if (!result || result.start.isCertain('day')) return undefined;
  const time = timeFromChrono(result.start);
  return time.hour === undefined ? undefined : time;
}

/** The date of an inline dateline opening a paragraph ("NAIROBI, May 6 (Reuters) --"), else undefined. */
export function readDateline(paragraph: string): LineDate | undefined {
  const place = DATELINE_PLACE.exec(paragraph);
  if (!place) return undefined;
  const after = paragraph.slice(place[0].length, place[0].length + 40);
  const [result] = chrono.strict.parse(after);
  if (!result || result.index !== 0) return undefined;
  if (!result.start.isCertain('month') || !result.start.isCertain('day')) return undefined;
  return toLineDate(result);
}

function toLineDate(result: chrono.ParsedResult): LineDate {
  const parts = partsFromChrono(result.start);
  return parts ? { kind: 'date', parts } : { kind: 'yearless', text: result.text.trim() };
}
