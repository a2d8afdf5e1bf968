// Recognises people from context, never from a list of names: each rule of
// sightings/rules.ts finds names by the evidence around them (a title, an
// apposition, a verb, a list) and says why.
import type { Ctx } from '../context';
import type { Sighting } from './sightings/sighting';
import { SIGHTING_RULES } from './sightings/rules';
import type { TokenIndex } from './tokenIndex';

export type { RoleDraft, Sighting } from './sightings/sighting';

export function findPeople(ctx: Ctx, ix: TokenIndex): Sighting[] {
  const scan = { ctx, ix, claimed: new Set<number>(), out: [] as Sighting[] };
  for (const rule of SIGHTING_RULES) rule.find(scan);
  // In text order, so that later stages see roles as the reader meets them.
  return scan.out.sort((a, b) => a.start - b.start);
}
