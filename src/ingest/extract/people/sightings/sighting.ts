// What a sighting rule sees and produces. A sighting is one place where the
// text shows a person's name, with the rule that recognised it, why, and the
// role stated there; registerPeople groups sightings into people.
import type { Ctx } from '../../context';
import { isPossessive } from '../../tokens';
import type { Token } from '../../tokens';
import type { KnownPerson } from '../knownPeople';
import type { ParsedRole } from '../roleParse';
import type { TokenIndex } from '../tokenIndex';

export interface RoleDraft {
  role: string;
  holder?: string;
  accreditedTo?: string;
  roleClass: string;
  diplomatic: boolean;
  former: boolean;
  /** "the newly appointed Ambassador": introduced as new in the role. */
  fresh?: boolean;
  /** Span of the role phrase in the text. */
  start: number;
  end: number;
}

export interface Sighting {
  start: number;
  end: number;
  name: string;
  rule: string;
  reason: string;
  role?: RoleDraft;
  /** Further roles stated with the same name ("X, Crown Prince and Prime Minister of Bahrain"). */
  alsoRoles?: RoleDraft[];
  /** The gazetteer's person, when the name is a known one: its canonical name names the person. */
  known?: KnownPerson;
}

/** The article as the sighting rules share it: tokens, claimed tokens, sightings so far. */
export interface PersonScan {
  ctx: Ctx;
  ix: TokenIndex;
  /** Tokens already part of a sighting: later rules leave them alone. */
  claimed: Set<number>;
  out: Sighting[];
}

/** A sighting rule: data with a reason (STYLE), applied to the whole article in list order. */
export interface SightingRule {
  id: string;
  reason: string;
  find(scan: PersonScan): void;
}

/** Records the name on tokens [i, end) and claims them. */
export function sight(
  scan: PersonScan,
  i: number,
  end: number,
  rule: string,
  reason: string,
  role?: RoleDraft,
  known?: KnownPerson,
): void {
  const T = scan.ix.tokens;
  for (let k = i; k < end; k++) scan.claimed.add(k);
  const s: Sighting = {
    start: T[i]?.start ?? 0,
    end: T[end - 1]?.end ?? 0,
    name: nameText(scan.ctx, T, i, end),
    rule,
    reason,
  };
  if (role) s.role = role;
  if (known) s.known = known;
  scan.out.push(s);
}

export function nameText(ctx: Ctx, T: readonly Token[], i: number, end: number): string {
  return ctx.text.slice(T[i]?.start ?? 0, T[end - 1]?.end ?? 0);
}

/** A role draft from a parsed role phrase. */
export function draftOf(ix: TokenIndex, r: ParsedRole): RoleDraft {
  const d: RoleDraft = {
    role: r.role,
    roleClass: r.head.roleClass,
    diplomatic: r.head.diplomatic,
    former: r.former,
    start: ix.tokens[r.first]?.start ?? 0,
    end: ix.tokens[r.end - 1]?.end ?? 0,
  };
  if (r.holder) d.holder = r.holder;
  if (r.accreditedTo) d.accreditedTo = r.accreditedTo;
  return d;
}

/** Holder named right after a name: "X of Türkiye", "X on the Chilean side". */
export function holderAfter(ix: TokenIndex, k: number): string | undefined {
  const T = ix.tokens;
  if (T[k]?.lower === 'of') {
    const m = ix.mentionOf[k + 1];
    if (m?.kind === 'Country' && !isPossessive(T[k + 2])) return m.id;
  }
  if (T[k]?.lower === 'on' && T[k + 1]?.lower === 'the') {
    const m = ix.mentionOf[k + 2];
    let r = k + 2;
    while (ix.mentionOf[r] && ix.mentionOf[r] === m) r++;
    if (m?.kind === 'Country' && T[r]?.lower === 'side') return m.id;
  }
  return undefined;
}

/** Index after the mention starting at token k (a multi-token country name). */
export function skipMention(ix: TokenIndex, k: number): number {
  const m = ix.mentionOf[k];
  let j = k;
  while (m && ix.mentionOf[j] === m) j++;
  return j === k ? k + 1 : j;
}

/** Whether a line break separates tokens a and b. */
export function lineBetween(ctx: Ctx, a: Token | undefined, b: Token | undefined): boolean {
  return /\n/.test(ctx.text.slice(a?.end ?? 0, b?.start ?? 0));
}
