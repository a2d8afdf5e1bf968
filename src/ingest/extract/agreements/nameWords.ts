// The content words of an agreement's name, as the annotation guide compares
// names: lowercased, without function words and possessives.
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'and',
  'or',
  'between',
  'to',
  'for',
  'in',
  'with',
  'establishing',
  'establishment',
  'republic',
  'people',
  's',
  'its',
  'their',
]);

export function nameWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w)),
  );
}

/** Content-word Jaccard, as the annotation guide matches agreement names. */
export function nameOverlap(a: string, b: string): number {
  const A = nameWords(a);
  const B = nameWords(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n);
}
