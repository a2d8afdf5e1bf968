// Small text helpers shared by the rules: word-boundary phrase search over
// lowercase text, lists from rule tables compiled into regexes once.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case-insensitive regex matching any phrase of the list as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'giu'): RegExp {
  const alts = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      escape(p)
        .replace(/\\?\s+/g, '\\s+')
        .replace(/['’]/g, "['’]"),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

/** All matches of `re` (global) in text[from, to), with absolute offsets. */
export function findAll(
  re: RegExp,
  text: string,
  from = 0,
  to = text.length,
): { start: number; end: number; text: string; groups: (string | undefined)[] }[] {
  const out: { start: number; end: number; text: string; groups: (string | undefined)[] }[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (const m of slice.matchAll(re)) {
    const start = from + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0], groups: m.slice(1) });
  }
  return out;
}

/** Whether any phrase of the compiled regex occurs in s. */
export function hasPhrase(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
}

/** Normalised words of a phrase (lowercase, letters and digits). */
export function contentWords(s: string, stop: ReadonlySet<string>): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !stop.has(w));
}
