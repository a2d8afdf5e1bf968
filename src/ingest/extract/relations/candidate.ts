// Builds relation candidates with the fields every rule sets the same way.
import type { Ctx } from '../context';
import type { Candidate } from '../model';

export function candidate(
  ctx: Ctx,
  base: Pick<Candidate, 'type' | 'from' | 'to' | 'rule' | 'reason'> & {
    anchor: number;
    dating?: Candidate['dating'];
    confidence?: number;
  },
  extra: Partial<Candidate> = {},
): Candidate {
  const sentence = ctx.sentences.findLast((s) => s.start <= base.anchor);
  const c: Candidate = {
    type: base.type,
    from: base.from,
    to: base.to,
    sentence: sentence?.index ?? 0,
    anchor: base.anchor,
    rule: base.rule,
    reason: base.reason,
    confidence: base.confidence ?? 0.8,
    dating: base.dating ?? 'state',
    ...extra,
  };
  return c;
}
