// User search text → a Lucene query for the `entity_names` full-text index.
// Every special character is escaped and words are lower-cased (so AND, OR and
// NOT stay words, not operators); each word must match whole or as a prefix.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 12;
// Lucene builds an automaton per prefix term; very long words make it refuse
// ("input automaton is too large"), and no name is this long.
const MAX_WORD_LENGTH = 100;

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
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return undefined;
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      return `(${escaped} OR ${escaped}*)`;
    })
    .join(' AND ');
}
