// A small re-statement of the evaluation idea for tests: entities match by id,
// else by kind and name/alias, else (agreements, initiatives, events) by
// content-word overlap; relations match by type and mapped ends (+ area),
// symmetric types unordered; optional gold items never count as missed.
import type { Extraction } from '../../../src/ingest/types';

export interface GoldEntity {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  optional?: boolean;
}
export interface GoldRelation {
  type: string;
  from: string;
  to: string;
  area?: string;
  date?: string;
  optional?: boolean;
}
export interface Gold {
  entities: GoldEntity[];
  forbidden_entities?: string[];
  relations: GoldRelation[];
  statements?: { speaker: string; starts: string }[];
}

export interface GoldScore {
  missedEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
  badDates: string[];
  missedQuotes: string[];
  forbidden: string[];
  relationPrecision: number;
  relationRecall: number;
  /** Gold relations matched (for micro-averaging over several articles). */
  truePositives: number;
}

const SYMMETRIC = new Set(['MET', 'PARTNERSHIP', 'DIPLOMATIC_RELATIONS', 'COOPERATES_ON']);
const FUZZY = new Set(['Agreement', 'Initiative', 'Event']);
const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'and',
  'between',
  'to',
  'for',
  'in',
  'with',
  'establishing',
  'establishment',
  'republic',
  'people',
  's',
]);

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`"“”]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const words = (s: string): Set<string> =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
function overlap(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n);
}

export function scoreAgainstGold(gold: Gold, pred: Extraction): GoldScore {
  const toGold = (id: string, kind?: string, names: string[] = [id]): string | null => {
    for (const e of gold.entities) if (norm(e.id) === norm(id)) return e.id;
    for (const e of gold.entities) {
      if (kind && e.kind !== kind) continue;
      const forms = [e.name, e.id, ...(e.aliases ?? [])].map(norm);
      if (names.some((n) => forms.includes(norm(n)))) return e.id;
    }
    for (const e of gold.entities) {
      if (!FUZZY.has(e.kind) || (kind && e.kind !== kind)) continue;
      if (names.some((n) => [e.name, ...(e.aliases ?? [])].some((g) => overlap(n, g) >= 0.5)))
        return e.id;
    }
    return null;
  };
  const idMap = new Map<string, string | null>();
  for (const e of pred.entities) idMap.set(e.id, toGold(e.id, e.kind, [e.name, ...e.aliases]));
  const map = (x: string | undefined): string | null =>
    x == null ? null : (idMap.get(x) ?? toGold(x));
  const found = new Set([...idMap.values()].filter((x): x is string => !!x));
  const forbidden = (gold.forbidden_entities ?? []).map(norm);
  const key = (
    type: string,
    a: string | null,
    b: string | null,
    area: string | null,
  ): string | null => {
    if (!a || !b) return null;
    const [x, y] = SYMMETRIC.has(type) && b < a ? [b, a] : [a, b];
    return `${type}|${x}|${y}${type === 'COOPERATES_ON' ? `|${area}` : ''}`;
  };
  const goldByKey = new Map<string, GoldRelation[]>();
  for (const r of gold.relations) {
    const k = key(r.type, r.from, r.to, r.area ?? null) ?? '';
    goldByKey.set(k, [...(goldByKey.get(k) ?? []), r]);
  }
  const matched = new Set<GoldRelation>();
  const score: GoldScore = {
    missedEntities: [],
    missedRelations: [],
    spuriousRelations: [],
    badDates: [],
    missedQuotes: [],
    forbidden: [],
    relationPrecision: 1,
    truePositives: 0,
    relationRecall: 1,
  };
  let tp = 0;
  for (const r of pred.relations) {
    if (r.type === 'STATED') continue;
    const k = key(r.type, map(r.from), map(r.to), r.area ? (map(r.area) ?? norm(r.area)) : null);
    const cands = (k && goldByKey.get(k)) || [];
    if (!cands.length) {
      score.spuriousRelations.push(`${r.type}:${r.from}->${r.to}${r.area ? `[${r.area}]` : ''}`);
      continue;
    }
    const open = cands.filter((g) => !matched.has(g));
    const ok = (g: GoldRelation): boolean => !g.date || String(r.date ?? '').startsWith(g.date);
    let g = open.find(ok);
    if (!g && cands.some((c) => matched.has(c) && ok(c))) continue;
    g ??= open[0];
    if (!g) continue;
    matched.add(g);
    tp++;
    if (!ok(g)) score.badDates.push(`${k} gold ${g.date} got ${r.date}`);
  }
  for (const e of pred.entities)
    if (!idMap.get(e.id) && forbidden.includes(norm(e.name))) score.forbidden.push(e.name);
  for (const e of gold.entities)
    if (!e.optional && !found.has(e.id)) score.missedEntities.push(`${e.kind}:${e.id}`);
  for (const [k, gs] of goldByKey)
    for (const g of gs) if (!g.optional && !matched.has(g)) score.missedRelations.push(k);
  const quotes = pred.relations.filter((r) => r.type === 'STATED');
  for (const q of gold.statements ?? []) {
    if (
      !quotes.some(
        (r) => map(r.from) === q.speaker && norm(r.text ?? r.to).includes(norm(q.starts)),
      )
    )
      score.missedQuotes.push(q.starts);
  }
  const fp = score.spuriousRelations.length;
  const fn = score.missedRelations.length;
  score.truePositives = tp;
  score.relationPrecision = tp + fp ? tp / (tp + fp) : 1;
  score.relationRecall = tp + fn ? tp / (tp + fn) : 1;
  return score;
}
