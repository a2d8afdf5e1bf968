// User search text → a Lucene query for the `entity_names` full-text index.
// Every special character is escaped and words are lower-cased (so AND, OR and
// NOT stay words, not operators); each word must match whole or as a prefix.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 12;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Undefined when the text has no word to search for. */
export function toLuceneQuery(search: string): string | undefined {
  const words = search
    .normalize('NFKC')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      return `(${escaped} OR ${escaped}*)`;
    })
    .join(' AND ');
}
