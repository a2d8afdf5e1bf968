// Named partnership levels in text: level words before "partnership" or
// "alliance" ("comprehensive strategic partnership", "enhanced strategic
// partnership", "strategic alliance"; a country pair's "alliance").
import { ruleTable } from '../ruleTable';

interface PartnershipTable {
  heads: string[];
  levelWords: string[];
  requireOneOf: string[];
  bareHeads: string[];
  dropWords: string[];
  establishVerbs: string[];
}

export interface LevelMatch {
  start: number;
  end: number;
  level: string;
}

let re: RegExp | undefined;

export function partnershipTable(): PartnershipTable {
  return ruleTable<PartnershipTable>('partnership');
}

/** Partnership levels in text[from, to), offsets absolute. */
export function findLevels(text: string, from: number, to: number): LevelMatch[] {
  const t = partnershipTable();
  const words = t.levelWords.map((w) => w.replace(/[-]/g, '[- ]')).join('|');
  re ??= new RegExp(
    `((?:(?:${words})(?:\\s*,\\s*|\\s+and\\s+|[\\s-]+))*)(partnership|alliance)(?![\\p{L}])`,
    'giu',
  );
  const need = new Set(t.requireOneOf);
  const drop = new Set(t.dropWords);
  const out: LevelMatch[] = [];
  re.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(re)) {
    const pre = (m[1] ?? '').toLowerCase();
    const head = (m[2] ?? '').toLowerCase();
    const ws = pre.split(/[\s,]+/).filter((w) => w && w !== 'and' && !drop.has(w));
    // A bare "alliance" is a level as "an alliance" or "the Japan-U.S. alliance"; "welcome
    // Finland to the Alliance" names a bloc (NATO).
    const at = from + (m.index ?? 0);
    const bare =
      t.bareHeads.includes(head) &&
      ws.length === 0 &&
      /(?:\ban?|\S-\S+)\s+$/i.test(text.slice(Math.max(from, at - 30), at));
    const ok = ws.some((w) => need.has(w) || w.split('-').some((x) => need.has(x))) || bare;
    if (!ok) continue;
    // Where the kept level words start.
    const first = ws[0];
    const rel = first
      ? (m.index ?? 0) + (m[0].toLowerCase().indexOf(first) ?? 0)
      : (m.index ?? 0) + (m[1]?.length ?? 0);
    out.push({
      start: from + rel,
      end: from + (m.index ?? 0) + m[0].length,
      level: [...ws, head].join(' '),
    });
  }
  return out;
}
