// How alike two agreement names are, by their content words: "Joint Statement
// on establishing a comprehensive strategic partnership" and "Joint Declaration
// establishing a comprehensive strategic partnership" name the same document.
// The one name-similarity rule (stop words, synonyms, stemming, Jaccard): pure,
// at the root of src/ingest so that every stage (resolve, extract) uses it.

/** Words that carry no content in a document's name. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'between',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'the',
  'to',
  'with',
  'its',
  'their',
  'two',
  'both',
  'sides',
  'countries',
  'republic',
  'people',
  'peoples',
  'state',
  'states',
]);

/** Interchangeable names for a kind of document, mapped to the same content words. */
const SYNONYMS: Readonly<Record<string, string>> = {
  statement: 'declaration',
  statements: 'declaration',
  declaration: 'declaration',
  declarations: 'declaration',
  communique: 'declaration',
  communiques: 'declaration',
  mou: 'memorandum understand',
  mous: 'memorandum understand',
  memoranda: 'memorandum',
  agreements: 'agreement',
  accord: 'agreement',
  accords: 'agreement',
  pact: 'agreement',
  pacts: 'agreement',
  treaties: 'treaty',
};

const SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ions', 'ion', 'ed', 'es', 's'];

/** A light suffix-stripping stem: enough to equate establish/establishing/establishment. */
export function stem(word: string): string {
  const suffix = SUFFIXES.find((end) => word.endsWith(end) && word.length - end.length >= 4);
  const base = suffix === undefined ? word : word.slice(0, -suffix.length);
  return base.length >= 5 && base.endsWith('e') ? base.slice(0, -1) : base;
}

/** The set of normalised content words of an agreement's name. */
export function contentWords(name: string): Set<string> {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP_WORDS.has(word));
  return new Set(words.flatMap((word) => (SYNONYMS[word]?.split(' ') ?? [word]).map(stem)));
}

/** Jaccard similarity of the content words, in [0, 1]. */
export function agreementSimilarity(a: string, b: string): number {
  const left = contentWords(a);
  const right = contentWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** Names at least this alike (over any pair of their forms) are one agreement. */
export const AGREEMENT_SIMILARITY_THRESHOLD = 0.75;

/** The best similarity between any form of one agreement and any form of another. */
export function bestNameSimilarity(left: readonly string[], right: readonly string[]): number {
  let best = 0;
  for (const a of left) for (const b of right) best = Math.max(best, agreementSimilarity(a, b));
  return best;
}
