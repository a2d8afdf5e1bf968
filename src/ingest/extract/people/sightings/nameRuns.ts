// Runs of name-shaped words not yet claimed by a sighting: where the rules
// that need other evidence (an apposition, a verb, a list) look for people.
import type { Ctx } from '../../context';
import { isCommonWord } from '../../commonWords';
import type { Token } from '../../tokens';
import { knownPeople, nameKey } from '../knownPeople';
import { isNameWord, nameLexicon, nameRunEnd } from '../nameShape';
import type { PersonScan } from './sighting';
import { lineBetween, nameText } from './sighting';

export interface NameRun {
  /** Token range [i, end). */
  i: number;
  end: number;
}

export function nameRuns(scan: PersonScan): NameRun[] {
  const { ctx, ix } = scan;
  const T = ix.tokens;
  const runs: NameRun[] = [];
  const { personal, givenAfterRole, particles } = nameLexicon();
  for (let i = 0; i < T.length; i++) {
    // "Mr Sultan bin Saad", "Dr Amir Hassan": after "Mr" or "Dr" a title word opens the name.
    if (
      givenAfterRole.has(T[i]?.text ?? '') &&
      personal.has(T[i - 1]?.text ?? '') &&
      !scan.claimed.has(i)
    ) {
      const from = particles.has(T[i + 1]?.text ?? '') ? i + 2 : i + 1;
      const end = nameRunEnd(ctx.text, T, from, ix.covered);
      if (end > from) {
        runs.push({ i, end });
        i = end - 1;
        continue;
      }
    }
    if (scan.claimed.has(i) || !isNameWord(T[i], ix.covered)) continue;
    // Only where a run starts: not right after another name word on the same line.
    if (i > 0 && isNameWord(T[i - 1], ix.covered) && !lineBetween(ctx, T[i - 1], T[i])) continue;
    const end = nameRunEnd(ctx.text, T, i, ix.covered);
    if (end <= i) continue;
    if (!everydayOpener(scan, i, end)) runs.push({ i, end });
    else if (end - i > 1) runs.push({ i: i + 1, end });
  }
  return runs;
}

/** Whether the line holding an offset is a title-case headline ("Qatari Emir Visits Moscow"). */
export function titleCaseLine(ctx: Ctx, at: number): boolean {
  const from = ctx.text.lastIndexOf('\n', at) + 1;
  const nl = ctx.text.indexOf('\n', at);
  const line = ctx.text.slice(from, nl < 0 ? ctx.text.length : nl);
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Words the article capitalises inside a sentence, outside title-case
 * headlines: evidence that they are names there.
 */
function capitalisedInside(ctx: Ctx, T: readonly Token[]): Set<string> {
  const out = new Set<string>();
  // One answer per line: a paragraph is one line, and it holds many capitalised words.
  const lines = new Map<number, boolean>();
  const titleCase = (at: number): boolean => {
    const from = ctx.text.lastIndexOf('\n', at) + 1;
    let v = lines.get(from);
    if (v === undefined) lines.set(from, (v = titleCaseLine(ctx, at)));
    return v;
  };
  for (let k = 1; k < T.length; k++) {
    const prev = T[k - 1];
    const t = T[k];
    if (
      t?.cap &&
      prev &&
      !prev.punct &&
      !out.has(t.text) &&
      !lineBetween(ctx, prev, t) &&
      !titleCase(t.start)
    )
      out.add(t.text);
  }
  return out;
}

const insideCache = new WeakMap<Ctx, Set<string>>();

/** An everyday English word the article never capitalises inside a sentence ("Visits", "While"). */
export function everydayWord(ctx: Ctx, T: readonly Token[], t: Token | undefined): boolean {
  if (!t || !isCommonWord(t.text)) return false;
  let inside = insideCache.get(ctx);
  if (!inside) insideCache.set(ctx, (inside = capitalisedInside(ctx, T)));
  return !inside.has(t.text);
}

/**
 * "While Starmer …", "Visits by …": a run opening its sentence with an everyday
 * English word the article never capitalises mid-sentence, unless the whole run
 * is a known person's name ("Mark Rutte").
 */
function everydayOpener(scan: PersonScan, i: number, end: number): boolean {
  const { ctx, ix } = scan;
  const T = ix.tokens;
  const t = T[i];
  const prev = T[i - 1];
  if (!everydayWord(ctx, T, t)) return false;
  if (prev && !prev.punct && !lineBetween(ctx, prev, t)) return false;
  return !knownPeople().byName.has(nameKey(nameText(ctx, T, i, end)));
}

/** Runs of at least `minWords` words whose tokens no rule has claimed yet. */
export function freeRuns(scan: PersonScan, minWords = 1): NameRun[] {
  return nameRuns(scan).filter((r) => r.end - r.i >= minWords && !scan.claimed.has(r.i));
}
