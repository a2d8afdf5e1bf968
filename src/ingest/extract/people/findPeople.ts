// Recognises people from context, never from a list of names: each rule of
// sightings/rules.ts finds names by the evidence around them (a title, an
// apposition, a verb, a list) and says why.
import type { Ctx } from '../context';
import type { Sighting } from './sightings/sighting';
import { SIGHTING_RULES } from './sightings/rules';
import type { TokenIndex } from './tokenIndex';
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
  const kept = scan.out.filter((s) => !things.test(ctx.text.slice(s.end, s.end + 30)));
  // In text order, so that later stages see roles as the reader meets them.
  return kept.sort((a, b) => a.start - b.start);
}
