// The header block of news-site text: headline, section, date and time lines,
// the headline repeated. For example:
//
//   Minister: 2024 was a good year for Kenyan-Ghanaian relations        ← title
//
//   Foreign policy                                                    ← section
//     • 12 May, 2024                                                  ← date
//     • 09:40                                                         ← time
//   Minister: 2024 was a good year for Kenyan-Ghanaian relations        ← repeated title
//
//   Relations between the two countries grew this year …              ← bodyStart
//
// The repeated headline is site chrome, so the body starts after it, at the
// lead paragraph.
import type { DateTimeParts } from './dateTimeParts';
import type { LineDate } from './readDateLine';
import { readDateLine, readTimeLine } from './readDateLine';
import { isSiteChromeLine } from './stripSiteChrome';
import type { TextLine } from './textLines';
import { textLines } from './textLines';

export interface TextHeader {
  title: string | null;
  section: string | null;
  /** The date (and time) of the header's date lines. */
  date: DateTimeParts | null;
  /** A date line without a year, kept for the NO_DATE message. */
  yearless: string | null;
  /** Offset of the first body line. */
  bodyStart: number;
}

// Only the first lines can be header lines.
const HEADER_LINES = 14;
const MAX_TITLE_LENGTH = 250;
const MAX_TITLE_WORDS = 35;
const MAX_SECTION_LENGTH = 40;
const MAX_SECTION_WORDS = 5;
// A sentence ends with one of these (after closing quotes and brackets); a headline does not.
const SENTENCE_END = /[.,;:]["'”’»)\]]*$/;

/**
 * Reads the header block at the start of `text`. `knownTitle` (from metadata)
 * is recognised as the headline line when the text repeats it.
 */
export function readTextHeader(text: string, knownTitle?: string | null): TextHeader {
  const lines = textLines(text, 0, HEADER_LINES);
  const header: TextHeader = {
    title: null,
    section: null,
    date: null,
    yearless: null,
    bodyStart: 0,
  };
  let index = nextContent(lines, 0);
  const first = lines[index];
  if (first === undefined) return header;

  const firstText = first.text.trim();
  if (firstText === knownTitle?.trim() || isHeadline(lines, index)) {
    header.title = firstText;
    index = nextContent(lines, index + 1);
  }
  while (index < lines.length && classify(lines, index, header) !== 'body') {
    index = nextContent(lines, index + 1);
  }
  // Past the lines read: the body starts after the last of them (or the text is all header).
  header.bodyStart = lines[index]?.start ?? Math.min(text.length, (lines.at(-1)?.end ?? 0) + 1);
  return header;
}

type LineKind = 'date' | 'time' | 'section' | 'title' | 'body';

/** Classifies one header line and records what it holds in `header`. */
function classify(lines: TextLine[], index: number, header: TextHeader): LineKind {
  const line = lines[index];
  if (line === undefined) return 'body';
  const text = line.text.trim();
  if (header.date === null && header.yearless === null) {
    const date = readDateLine(text);
    if (date !== undefined) {
      recordDate(header, date);
      return 'date';
    }
  }
  const time =
    header.date !== null && header.date.hour === undefined ? readTimeLine(text) : undefined;
  if (time !== undefined && header.date !== null) {
    header.date = { ...header.date, ...time };
    return 'time';
  }
  if (
    header.section === null &&
    header.date === null &&
    isSection(text) &&
    nextIsDate(lines, index)
  ) {
    header.section = text;
    return 'section';
  }
  if (header.title !== null && text === header.title) return 'title';
  return 'body';
}

function recordDate(header: TextHeader, date: LineDate): void {
  if (date.kind === 'date') header.date = date.parts;
  else header.yearless = date.text;
}

/** The first line of a text is its headline when it reads like one and something follows it. */
function isHeadline(lines: TextLine[], index: number): boolean {
  const line = lines[index];
  const next = lines[index + 1];
  if (line === undefined || next === undefined) return false;
  const text = line.text.trim();
  if (
    text.length > MAX_TITLE_LENGTH ||
    text.split(/\s+/).length > MAX_TITLE_WORDS ||
    SENTENCE_END.test(text) ||
    isSiteChromeLine(text) ||
    readDateLine(text) !== undefined ||
    readTimeLine(text) !== undefined
  ) {
    return false;
  }
  const following = lines[nextContent(lines, index + 1)];
  if (following === undefined) return false;
  return (
    next.text.trim() === '' || readDateLine(next.text) !== undefined || isSection(next.text.trim())
  );
}

function isSection(text: string): boolean {
  return (
    text.length > 0 &&
    text.length <= MAX_SECTION_LENGTH &&
    text.split(/\s+/).length <= MAX_SECTION_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/\d/.test(text) &&
    !/[.!?:;,]$/.test(text)
  );
}

function nextIsDate(lines: TextLine[], index: number): boolean {
  const next = lines[nextContent(lines, index + 1)];
  return next !== undefined && readDateLine(next.text) !== undefined;
}

function nextContent(lines: TextLine[], from: number): number {
  let index = from;
  while (index < lines.length && (lines[index]?.text.trim() ?? '') === '') index++;
  return index;
}
