// What each relation type may connect (docs/ontology.md's "from → to" column),
// checked once for every candidate: a membership is in an international
// organisation (not a seat of government or a news agency), a position is
// held in a country or an organisation, and so on.
import type { Ctx } from '../context';
import type { Candidate } from '../model';
import type { EntityKind, RelationType } from '../../types';

type End = EntityKind | 'MembershipBody';

const SIGNATURES: Partial<Record<RelationType, { from: readonly End[]; to: readonly End[] }>> = {
  MEMBER_OF: { from: ['Country', 'Organization'], to: ['MembershipBody'] },
  ACCREDITED_TO: { from: ['Person'], to: ['Country', 'Organization'] },
  HOLDS_POSITION: { from: ['Person'], to: ['Country', 'Organization'] },
  VISITED: { from: ['Person', 'Country'], to: ['Country'] },
  MET: { from: ['Person'], to: ['Person'] },
  SIGNED: { from: ['Person'], to: ['Agreement'] },
  ATTENDED: { from: ['Person'], to: ['Event'] },
};

/** Entries of organizations.json have members, except courts; seats of government and agencies do not. */
const NOT_MEMBERSHIP = new Set(['court']);

function kindOf(ctx: Ctx, id: string): string | undefined {
  return ctx.lexicon.get(id)?.kind ?? ctx.mentions.find((m) => m.id === id)?.kind;
}

/** An international organisation with members (it can hold a summit), not a ministry or an agency. */
export function isMembershipBody(ctx: Ctx, id: string): boolean {
  const entry = ctx.lexicon.get(id);
  return entry?.source === 'organizations.json' && !NOT_MEMBERSHIP.has(String(entry.type));
}

function fits(ctx: Ctx, id: string, ends: readonly End[]): boolean {
  const kind = kindOf(ctx, id);
  if (!kind) return true;
  if ((ends as readonly string[]).includes(kind)) return true;
  return ends.includes('MembershipBody') && kind === 'Organization' && isMembershipBody(ctx, id);
}

/** Whether the candidate's ends are of the kinds its type connects. */
export function endsFit(ctx: Ctx, c: Candidate): boolean {
  const sig = SIGNATURES[c.type];
  return !sig || (fits(ctx, c.from, sig.from) && fits(ctx, c.to, sig.to));
}
