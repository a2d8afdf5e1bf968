import type { Ctx } from '../context';
import type { Candidate } from '../model';

/** A relation rule: data with a reason (STYLE), applied to the whole article. */
export interface RelationRule {
  id: string;
  reason: string;
  apply(ctx: Ctx): Candidate[];
}
