// Tokens for gazetteer matching. Forms and article text go through the same
// tokenizer, so a form matches exactly when its token keys line up.
//
// Terminology: `plain` is the token with typographic variants unified (’ → ',
// any dash → -) and accents stripped, case kept; `key` is `plain` lowercased.
// `gap` says whitespace precedes the token; `brk` says a blank line does.

export interface Token {
  start: number;
  end: number;
  plain: string;
  key: string;
  gap: boolean;
  brk: boolean;
  /** The token sits on a line written entirely in capitals (a shouted headline). */
  capsLine: boolean;
}

// A word may hold inner apostrophes (Sana'a, d'Ivoire) but not a possessive 's,
// which becomes its own tokens so "China's" yields "China".
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’](?![sS](?![\p{L}\p{M}\p{N}]))[\p{L}\p{M}\p{N}]+)*|\S/gu;
const DASHES = /[‐‑‒–—―−]/gu;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x20-\x7e]*$/;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function plainForm(raw: string): string {
  // Most tokens are ASCII: skip the Unicode work for them.
  if (ASCII.test(raw)) return raw;
  return raw.replace(/’/g, "'").replace(DASHES, '-').normalize('NFD').replace(MARKS, '');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const plain = plainForm(m[0]);
    // Only whitespace lies between tokens: two newlines there make a blank line.
    const brk = start - last >= 2 && newlines(text, last, start) >= 2;
    tokens.push({
      start,
      end: start + m[0].length,
      plain,
      key: plain.toLowerCase(),
      gap: start > last,
      brk,
      capsLine: false,
    });
    last = start + m[0].length;
  }
  markCapsLines(text, tokens);
  return tokens;
}

function newlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// A line with three or more words and no lowercase letter is a shouted
// headline; acronyms found there are not trusted.
function markCapsLines(text: string, tokens: Token[]): void {
  let i = 0;
  while (i < tokens.length) {
    const lineStart = text.lastIndexOf('\n', (tokens[i] as Token).start) + 1;
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).start < lineEnd) j++;
    if (!LOWER.test(text.slice(lineStart, lineEnd))) {
      let words = 0;
      for (let k = i; k < j; k++) if (LETTER.test((tokens[k] as Token).plain)) words++;
      if (words >= 3) for (let k = i; k < j; k++) (tokens[k] as Token).capsLine = true;
    }
    i = j;
  }
}
