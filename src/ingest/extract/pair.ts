// The article's pair: the two countries it is mainly about. Counted over
// actor mentions (places excluded), with the title and first paragraphs
// weighing more; an article is bilateral when two countries clearly lead.
import type { Ctx } from './context';

export function articlePair(ctx: Ctx): string[] {
  const score = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const early = ctx.sentences[Math.min(ctx.sentences.length - 1, 4)]?.end ?? ctx.text.length;
  for (const m of ctx.mentions) {
    if (m.kind !== 'Country' || m.location) continue;
    const w = m.start < early ? 2 : 1;
    score.set(m.id, (score.get(m.id) ?? 0) + w);
    if (!firstAt.has(m.id)) firstAt.set(m.id, m.start);
  }
  const ranked = [...score.entries()].sort(
    (a, b) => b[1] - a[1] || (firstAt.get(a[0]) ?? 0) - (firstAt.get(b[0]) ?? 0),
  );
  const [a, b, c] = ranked;
  if (!a || !b) return [];
  if (c && c[1] >= b[1] * 0.8 && c[1] >= 3) return [];
  const pair = [a[0], b[0]];
  return pair.sort((x, y) => (firstAt.get(x) ?? 0) - (firstAt.get(y) ?? 0));
}
