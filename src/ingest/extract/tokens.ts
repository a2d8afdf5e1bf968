// Word tokens with offsets into the article text. Possessive "'s" is its own
// token so "Azerbaijan's" yields "Azerbaijan" + "'s".

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Letters only, all uppercase, 3+ letters (TREATY, NAIROBI). */
  shout: boolean;
  /** Punctuation or symbol, not a word. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[-.]|['’](?![sS]\b))[\p{L}\p{M}\p{N}]+)*\.?|['’][sS]\b|\S/gu;
const ABBREVIATION_DOT =
  /^(?:[\p{L}]\.(?:[\p{L}]\.?)*|Mr\.|Mrs\.|Ms\.|Dr\.|Corp\.|Inc\.|Ltd\.|Co\.|St\.|Jr\.|Sr\.)$/u;

/** Tokens of text[from, to). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    let t = m[0];
    // A trailing dot is sentence punctuation unless the token is an abbreviation.
    if (t.length > 1 && t.endsWith('.') && !ABBREVIATION_DOT.test(t)) t = t.slice(0, -1);
    const start = from + (m.index ?? 0);
    const isWord = /[\p{L}\p{N}]/u.test(t[0] ?? '');
    out.push({
      start,
      end: start + t.length,
      text: t,
      lower: t.toLowerCase(),
      cap: /^\p{Lu}/u.test(t),
      shout: t.length >= 3 && /^\p{Lu}+$/u.test(t),
      punct: !isWord && !/^['’][sS]$/.test(t),
    });
    if (t.length < m[0].length) {
      const dot = start + t.length;
      out.push({
        start: dot,
        end: dot + 1,
        text: '.',
        lower: '.',
        cap: false,
        shout: false,
        punct: true,
      });
    }
  }
  return out;
}

/** Whether token is the possessive marker. */
export const isPossessive = (t: Token | undefined): boolean => !!t && /^['’][sS]$/.test(t.text);
