// Quoted passages. Straight and curly double quotes are mixed in news text
// ("…” or “…"), so a mark opens or closes by its context: after a space or at
// a line start it opens, after a word or punctuation it closes. A quote left
// open at the end of a truncated article runs to the end of the text.
import type { Quote } from './model';

const MARK = /["“”„«»]/g;
const OPEN_ONLY = new Set(['“', '„', '«']);
const CLOSE_ONLY = new Set(['”', '»']);

function opens(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (OPEN_ONLY.has(c)) return true;
  if (CLOSE_ONLY.has(c)) return false;
  const prev = i > 0 ? (text[i - 1] ?? ' ') : ' ';
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(next)) return false;
  return /[\s([{\u2014\u2013:/‘'-]/.test(prev);
}

/** Quoted spans in text, in order; none overlap: double quotes, then British single ones. */
export function findQuotes(text: string): Quote[] {
  const double = findDoubleQuotes(text);
  const single = findSingleQuotes(text).filter(
    (q) => !double.some((d) => d.start < q.end && q.start < d.end),
  );
  return [...double, ...single].sort((a, b) => a.start - b.start);
}

// ‘…’ as British news prints quotations: the opener after a space, a line start or a
// bracket; the closer after a word or punctuation and before a space, punctuation or the
// end. A ’ inside a word ("don’t", "Xi’s") is an apostrophe.
const SINGLE = /(?<=^|[\s([{—–-])‘([^‘’\n]|’(?=\p{L}))+’(?=[\s,.;:!?)\]—–-]|$)/gmu;

function findSingleQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(SINGLE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      innerStart: start + 1,
      innerEnd: end - 1,
      text: text.slice(start + 1, end - 1).trim(),
    });
  }
  return out;
}

function findDoubleQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const continuation = new Set<number>();
  let open = -1;
  for (const m of text.matchAll(MARK)) {
    const i = m.index ?? 0;
    if (open < 0) {
      if (opens(text, i)) open = i;
      continue;
    }
    // A quote running over paragraphs reopens each paragraph without closing
    // the one before: the first part ends at the break, the next continues it.
    if (
      opens(text, i) &&
      /\n\s*$/.test(text.slice(open + 1, i)) &&
      !CLOSE_ONLY.has(text[i] ?? '')
    ) {
      const before = text.slice(open, i).trimEnd();
      if (/[.!?…]$/.test(before) && !/["“”„«»]$/.test(before)) {
        quotes.push(makeQuote(text, open, open + before.length));
        open = i;
        continuation.add(quotes.length);
        continue;
      }
    }
    if (opens(text, i) && !/[.,!?;:…]$/.test(text.slice(open + 1, i).trimEnd())) {
      // Two openers in a row: the first was a stray mark (an inch sign, a typo).
      if (i - open > 400) open = i;
      continue;
    }
    quotes.push(makeQuote(text, open, i + 1));
    open = -1;
  }
  if (open >= 0 && text.length - open < 1500) quotes.push(makeQuote(text, open, text.length));
  for (const n of continuation) {
    const q = quotes[n];
    if (q) q.continues = true;
  }
  return quotes;
}

function makeQuote(text: string, start: number, end: number): Quote {
  const innerStart = start + 1;
  let innerEnd = /["“”„«»]/.test(text[end - 1] ?? '') ? end - 1 : end;
  if (innerEnd < innerStart) innerEnd = innerStart;
  return { start, end, innerStart, innerEnd, text: text.slice(innerStart, innerEnd).trim() };
}

/** Number of words in a quote: short ones are names or scare quotes, not statements. */
export const quoteWords = (q: Quote): number => q.text.split(/\s+/).filter(Boolean).length;
