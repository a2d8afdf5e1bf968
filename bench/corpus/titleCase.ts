// Title case for document names: "comprehensive strategic partnership" →
// "Comprehensive Strategic Partnership", "all-round" → "All-Round"; small
// words stay lower case.
const SMALL_WORDS = new Set(['and', 'of', 'the', 'for', 'in', 'on']);

export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) =>
      SMALL_WORDS.has(w)
        ? w
        : w.replace(/(^|-)(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
}
