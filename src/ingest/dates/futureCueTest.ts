// Words that put a clause in the future, so a yearless date in it means the
// next occurrence rather than the last ("will visit in March").
const FUTURE_CUE =
  /\b(?:will|shall|going to|to be held|is to|are to|scheduled|upcoming|plans? to|planning to|set to|due to)\b/i;

// A clause ends at sentence punctuation followed by space, or at a line break.
const CLAUSE_END = /[.!?;](?=\s)|\n/g;

/**
 * A test for "does the clause around [start, end) of `text` speak of the
 * future?". Clause ends are found once per text and each clause is tested
 * once, so many dates in one long text cost one scan.
 */
export function futureCueTest(text: string): (start: number, end: number) => boolean {
  let ends: number[] | undefined;
  const byClause = new Map<number, boolean>();
  return (start, end) => {
    ends ??= Array.from(text.matchAll(CLAUSE_END), (match) => match.index);
    // The clause runs from just after the last end before `start` to the first end at or after `end`.
    const previous = ends[firstAtOrAfter(ends, start) - 1];
    const from = previous === undefined ? 0 : previous + 1;
    const to = ends[firstAtOrAfter(ends, end)] ?? text.length;
    let future = byClause.get(from);
    if (future === undefined) {
      future = FUTURE_CUE.test(text.slice(from, to));
      byClause.set(from, future);
    }
    return future;
  };
}

/** Index of the first clause end at or after `offset` (binary search). */
function firstAtOrAfter(ends: number[], offset: number): number {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ends[middle] ?? Infinity) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
