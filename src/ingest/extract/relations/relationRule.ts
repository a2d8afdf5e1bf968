import type { Ctx } from '../context';
import type { Candidate } from '../model';

/**
 * A relation rule: data with a reason (STYLE), applied to the whole article.
 * `found` holds what the rules listed before it produced, for the few facts
 * that follow from other facts (attending a meeting of member states).
 */
export interface RelationRule {
  id: string;
  reason: string;
  apply(ctx: Ctx, found: readonly Candidate[]): Candidate[];
}
