// Which gazetteer mention covers each token, so name and role parsing can
// treat "People's Republic of China" or "European Council" as one unit.
import type { Ctx } from '../context';
import type { EntityMention } from '../model';
import type { Token } from '../tokens';

export interface TokenIndex {
  tokens: Token[];
  /** Mention covering token i (actors and places), if any. */
  mentionOf: (EntityMention | undefined)[];
  covered: (t: Token) => boolean;
  /** Index of the first token at or after an offset. */
  indexAt: (offset: number) => number;
}

export function tokenIndex(ctx: Ctx): TokenIndex {
  const tokens = ctx.tokens;
  const mentionOf: (EntityMention | undefined)[] = new Array<EntityMention | undefined>(
    tokens.length,
  );
  const byStart = new Map<number, number>();
  tokens.forEach((t, i) => byStart.set(t.start, i));
  let k = 0;
  for (const m of ctx.mentions) {
    if (m.kind === 'Person' || m.kind === 'Topic') continue;
    while (k > 0 && (tokens[k - 1]?.end ?? 0) > m.start) k--;
    while (k < tokens.length && (tokens[k]?.end ?? 0) <= m.start) k++;
    for (let i = k; i < tokens.length && (tokens[i]?.start ?? Infinity) < m.end; i++)
      mentionOf[i] = m;
  }
  const coveredSet = new Set<number>();
  mentionOf.forEach((m, i) => {
    if (m) coveredSet.add(tokens[i]?.start ?? -1);
  });
  const indexAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { tokens, mentionOf, covered: (t) => coveredSet.has(t.start), indexAt };
}
