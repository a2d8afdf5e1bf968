// Groups of countries referred to by number ("four Nordic countries",
// "three countries: Peru, Chile, …"): the group is the coordinated list
// of exactly that many countries, right after a colon or elsewhere in the
// article.
import type { Ctx } from './context';
import { mentionsIn } from './context';
import type { CountryGroup } from './model';
import { ruleTable } from './ruleTable';

interface NumbersTable {
  words: Record<string, number>;
  groupNouns: string[];
}

/** Coordinated country lists ("A, B and C") in the text, with their spans. */
export function countryLists(ctx: Ctx): { start: number; end: number; members: string[] }[] {
  const lists: { start: number; end: number; members: string[] }[] = [];
  const countries = mentionsIn(ctx, 0, ctx.text.length, ['Country'], true);
  let cur: { start: number; end: number; members: string[] } | undefined;
  for (const m of countries) {
    if (
      cur &&
      /^\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)$/.test(ctx.text.slice(cur.end, m.start))
    ) {
      if (!cur.members.includes(m.id)) cur.members.push(m.id);
      cur.end = m.end;
      continue;
    }
    if (cur && cur.members.length >= 2) lists.push(cur);
    cur = { start: m.start, end: m.end, members: [m.id] };
  }
  if (cur && cur.members.length >= 2) lists.push(cur);
  return lists;
}

export function findGroups(ctx: Ctx): CountryGroup[] {
  const t = ruleTable<NumbersTable>('numbers');
  const nums = Object.keys(t.words).join('|');
  const re = new RegExp(
    `\\b(${nums}|\\d{1,2})\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${t.groupNouns.join('|')})\\b`,
    'giu',
  );
  const lists = countryLists(ctx);
  const out: CountryGroup[] = [];
  for (const m of ctx.text.matchAll(re)) {
    const word = (m[1] ?? '').toLowerCase();
    const size = t.words[word] ?? Number(word);
    if (!size || size < 2) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Prefer the list right after ("six countries: A, B, …"), else the nearest list of that size.
    const sized = lists.filter((l) => l.members.length === size);
    // "relations with Chile … the two countries": the countries named earlier in the sentence.
    const sentence = ctx.sentences.findLast((x) => x.start <= start);
    const local = sentence
      ? [...new Set(mentionsIn(ctx, sentence.start, start, ['Country']).map((c) => c.id))]
      : [];
    if (size === 2 && local.length === 2) sized.unshift({ start, end, members: local });
    const after = sized.find((l) => (l.start >= end && l.start - end < 5) || l.start === start);
    const nearest =
      after ?? [...sized].sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
    if (!nearest) continue;
    out.push({ start, end, size, members: nearest.members });
    ctx.decide({
      rule: 'group:numbered',
      start,
      end,
      text: m[0],
      action: 'group',
      reason: `= ${nearest.members.join(', ')}`,
    });
  }
  return out;
}
