// Recognises people from context, never from a list of names: each rule of
// sightings/rules.ts finds names by the evidence around them (a title, an
// apposition, a verb, a list) and says why.
import type { Ctx } from '../context';
import type { Sighting } from './sightings/sighting';
import { SIGHTING_RULES } from './sightings/rules';
import type { TokenIndex } from './tokenIndex';
import { isCommonWord } from '../commonWords';
import { titleCaseLine } from './sightings/nameRuns';
import { ruleTable } from '../ruleTable';

let thingRe: RegExp | undefined;
function thingWords(): RegExp {
  const words = ruleTable<{ namesOfThings: string[] }>('names').namesOfThings;
  thingRe ??= new RegExp(`^\\s+(?:${words.join('|')})\\b`);
  return thingRe;
}

export type { RoleDraft, Sighting } from './sightings/sighting';

export function findPeople(ctx: Ctx, ix: TokenIndex): Sighting[] {
  const scan = { ctx, ix, claimed: new Set<number>(), out: [] as Sighting[] };
  for (const rule of SIGHTING_RULES) rule.find(scan);
  // "Heydar Aliyev International Airport": a name that names a thing after it is no person.
  const things = thingWords();
  const kept = scan.out
    .filter((s) => !things.test(ctx.text.slice(s.end, s.end + 30)))
    .map((s) => trimHeadlineVerb(ctx, s));
  // In text order, so that later stages see roles as the reader meets them.
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * "President Karl Lund Arrives In Lima": in a title-case headline an everyday
 * word closing a name of three words or more is the headline's verb.
 */
function trimHeadlineVerb(ctx: Ctx, s: Sighting): Sighting {
  const words = s.name.split(' ');
  if (words.length < 3 || !titleCaseLine(ctx, s.start)) return s;
  const last = words.at(-1) ?? '';
  if (!isCommonWord(last)) return s;
  const name = words.slice(0, -1).join(' ');
  const end = s.start + name.length;
  const out: Sighting = { ...s, name, end };
  if (out.role && out.role.end > end) out.role = { ...out.role, end };
  return out;
}
