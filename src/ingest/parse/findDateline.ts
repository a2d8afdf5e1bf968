// The publication date when the header block has none: a date line or an
// inline dateline among the first paragraphs of the body ("09:41 JST,
// March 14, 2024" under a photo caption; "NAIROBI, May 6 (Reuters) --").
import type { DateTimeParts } from './dateTimeParts';
import { readDateline, readDateLine, readTimeLine } from './readDateLine';
import { textLines } from './textLines';

export interface DatelineResult {
  date: DateTimeParts | null;
  /** The first dateline seen without a year ("May 6"), for the NO_DATE message. */
  yearless: string | null;
}

// Datelines sit at the top: look at this many lines only.
const SEARCH_LINES = 12;

export function findDateline(text: string, from: number): DatelineResult {
  const lines = textLines(text, from, SEARCH_LINES);
  let yearless: string | null = null;
  for (const [index, line] of lines.entries()) {
    const found = readDateLine(line.text) ?? readDateline(line.text.trim());
    if (found === undefined) continue;
    if (found.kind === 'yearless') {
      yearless ??= found.text;
      continue;
    }
    const next = lines[index + 1];
    const time = found.parts.hour === undefined && next ? readTimeLine(next.text) : undefined;
    return { date: { ...found.parts, ...time }, yearless };
  }
  return { date: null, yearless };
}
