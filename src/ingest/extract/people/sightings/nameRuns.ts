// Runs of name-shaped words not yet claimed by a sighting: where the rules
// that need other evidence (an apposition, a verb, a list) look for people.
import { isNameWord, nameRunEnd } from '../nameShape';
import type { PersonScan } from './sighting';
import { lineBetween } from './sighting';

export interface NameRun {
  /** Token range [i, end). */
  i: number;
  end: number;
}

export function nameRuns(scan: PersonScan): NameRun[] {
  const { ctx, ix } = scan;
  const T = ix.tokens;
  const runs: NameRun[] = [];
  for (let i = 0; i < T.length; i++) {
    if (scan.claimed.has(i) || !isNameWord(T[i], ix.covered)) continue;
    // Only where a run starts: not right after another name word on the same line.
    if (i > 0 && isNameWord(T[i - 1], ix.covered) && !lineBetween(ctx, T[i - 1], T[i])) continue;
    const end = nameRunEnd(ctx.text, T, i, ix.covered);
    if (end > i) runs.push({ i, end });
  }
  return runs;
}

/** Runs of at least `minWords` words whose tokens no rule has claimed yet. */
export function freeRuns(scan: PersonScan, minWords = 1): NameRun[] {
  return nameRuns(scan).filter((r) => r.end - r.i >= minWords && !scan.claimed.has(r.i));
}
