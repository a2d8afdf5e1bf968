// Sentence splitting for news text, by offsets. A line break always ends a
// sentence and a paragraph (news text has no hard wraps; headlines, captions
// and date lines are lines of their own). Inside a line, a sentence ends at
// . ! ? … followed by space, unless an abbreviation (abbreviations.ts), an
// initial ("J. Smith") or a lower-case continuation says otherwise. Closing
// quotes and brackets after the mark stay with the sentence.
import {
  MONTH_ABBREVIATIONS,
  NEVER_FINAL,
  SENTENCE_OPENERS,
  SOMETIMES_FINAL,
} from './abbreviations';

export interface Sentence {
  /** 0-based, counted from `from`. */
  index: number;
  start: number;
  end: number;
  text: string;
  /** 0-based paragraph (non-empty line) number, counted from `from`. */
  paragraph: number;
}

// A line break, or sentence punctuation with any closing quotes/brackets, before space or the
// end. The runs are matched atomically ((?=(x+))\1) and only from their first character, so a
// long run of dots costs linear time, not quadratic.
const CANDIDATE = /\n|(?<![.!?…])(?=([.!?…]+))\1(?=(["'”’»)\]]*))\2(?=\s|$)/g;
const WORD_BEFORE_DOT = /([A-Za-z][A-Za-z.]*)$/;
const NEXT_WORD = /^\s*(\S+)/;

/** Sentences of `text` from offset `from`, in order; offsets are into `text`. */
export function splitSentences(text: string, from = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let paragraphHasText = false;
  let start = Math.max(0, Math.min(from, text.length));

  const emit = (end: number): void => {
    let first = start;
    let last = end;
    while (first < last && isSpace(text.charCodeAt(first))) first++;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    if (first < last) {
      sentences.push({
        index: sentences.length,
        start: first,
        end: last,
        text: text.slice(first, last),
        paragraph,
      });
      paragraphHasText = true;
    }
  };

  CANDIDATE.lastIndex = start;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(text)) !== null) {
    if (match[0] === '\n') {
      emit(match.index);
      start = match.index + 1;
      if (paragraphHasText) {
        paragraph++;
        paragraphHasText = false;
      }
      continue;
    }
    const end = match.index + match[0].length;
    if (endsSentence(text, match.index, match[0], end)) {
      emit(end);
      start = end;
    }
  }
  emit(text.length);
  return sentences;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0;
}

/** Whether the punctuation `mark` at `at` (ending at `end`) closes a sentence. */
function endsSentence(text: string, at: number, mark: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  // The end of the text or of the line.
  if (next === undefined || /^[ \t]*\n/.test(text.slice(end, end + 40))) return true;
  const opener = next.replace(/^["'“‘«([]+/, '');
  if (/^\p{Ll}/u.test(opener)) return false;
  if (mark[0] !== '.' || mark.startsWith('..')) return true;
  const word = WORD_BEFORE_DOT.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  if (word === undefined) return true;
  const key = word.toLowerCase();
  // A single capital letter is an initial: "J. Smith", "U,K. Trade".
  if (/^[A-Z]$/.test(word)) return false;
  if (NEVER_FINAL.has(key)) return false;
  if (MONTH_ABBREVIATIONS.has(key)) return !/^\d/.test(opener);
  if (SOMETIMES_FINAL.has(key) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) {
    return SENTENCE_OPENERS.has(opener.replace(/[^\p{L}]+$/u, ''));
  }
  return true;
}
