// Small counts written as words ("the first five months", "two years ago").
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
]);

/** Regex source matching a count word or a 1–3 digit number (no capture group). */
export const COUNT_SOURCE = `(?:${[...NUMBER_WORDS.keys()].join('|')}|\\d{1,3})`;

/** The count a word or digits stand for, else undefined. */
export function countValue(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word.toLowerCase());
}
