// The role vocabulary (data/rules/roles.json) compiled for token matching.
import { ruleTable } from '../ruleTable';
import type { Token } from '../tokens';

interface RoleHeadRow {
  form: string;
  class: string;
  diplomatic?: boolean;
  accredited?: boolean;
  /** "Uzbek leader X": a title only with its country before it. */
  needsHolderBefore?: boolean;
}

interface RolesTable {
  heads: RoleHeadRow[];
  lowercaseHeads: string[];
  modifiers: string[];
  portfolio: string[];
  formerMarkers: string[];
  newMarkers?: string[];
  institutionNouns?: string[];
  collectives: string[];
}

export interface RoleHead {
  form: string;
  words: string[];
  roleClass: string;
  diplomatic: boolean;
  accredited: boolean;
  needsHolderBefore?: boolean;
}

export interface RoleLexicon {
  heads: RoleHead[];
  lowercaseOk: Set<string>;
  modifiers: Set<string>;
  portfolio: Set<string>;
  former: Set<string>;
  /** "newly appointed": words saying a role is new; skipped before a role. */
  fresh: Set<string>;
  collectives: Set<string>;
  /** Lowercase words that occur in any head or portfolio phrase. */
  roleWords: Set<string>;
  /** Nouns that end an institution's name ("Committee", "Senate"), lowercase. */
  institutionNouns: Set<string>;
}

let cached: RoleLexicon | undefined;

export function roleLexicon(): RoleLexicon {
  if (cached) return cached;
  const t = ruleTable<RolesTable>('roles');
  const heads: RoleHead[] = t.heads
    .map((h) => ({
      form: h.form,
      words: h.form.toLowerCase().split(/\s+/),
      roleClass: h.class,
      diplomatic: !!h.diplomatic,
      accredited: !!h.accredited,
      needsHolderBefore: !!h.needsHolderBefore,
    }))
    .sort((a, b) => b.words.length - a.words.length);
  const extraLower = ['counterpart'];
  for (const w of extraLower) {
    heads.push({
      form: 'Counterpart',
      words: [w],
      roleClass: 'counterpart',
      diplomatic: false,
      accredited: false,
    });
  }
  const portfolio = new Set<string>();
  for (const p of t.portfolio) for (const w of p.toLowerCase().split(/\s+/)) portfolio.add(w);
  const roleWords = new Set<string>([...portfolio]);
  for (const h of heads) for (const w of h.words) roleWords.add(w);
  for (const m of t.modifiers) roleWords.add(m.toLowerCase());
  cached = {
    heads,
    lowercaseOk: new Set(t.lowercaseHeads),
    modifiers: new Set(t.modifiers.map((m) => m.toLowerCase())),
    portfolio,
    former: new Set(t.formerMarkers),
    fresh: new Set(t.newMarkers ?? []),
    collectives: new Set(t.collectives),
    roleWords,
    institutionNouns: new Set((t.institutionNouns ?? []).map((w) => w.toLowerCase())),
  };
  return cached;
}

let byFirst: Map<string, RoleHead[]> | undefined;

/** Heads indexed by their first word (plural forms too), longest first. */
function headsStartingWith(word: string): RoleHead[] {
  if (!byFirst) {
    byFirst = new Map();
    for (const head of roleLexicon().heads) {
      const first = head.words[0] ?? '';
      const keys =
        head.words.length === 1 ? [first, `${first}s`, first.replace(/man$/, 'men')] : [first];
      for (const k of new Set(keys)) byFirst.set(k, [...(byFirst.get(k) ?? []), head]);
    }
  }
  return byFirst.get(word) ?? [];
}

/** The longest role head starting at token i (plural forms when `plural`). */
export function headAt(
  tokens: readonly Token[],
  i: number,
  plural = false,
): { head: RoleHead; end: number } | undefined {
  const lex = roleLexicon();
  const candidates = headsStartingWith(tokens[i]?.lower ?? '');
  for (const head of candidates) {
    const n = head.words.length;
    let ok = true;
    for (let k = 0; k < n; k++) {
      const got = tokens[i + k]?.lower ?? '';
      const want = head.words[k] ?? '';
      if (got === want) continue;
      if (
        k === n - 1 &&
        plural &&
        (got === `${want}s` || (want.endsWith('man') && got === `${want.slice(0, -3)}men`))
      )
        continue;
      ok = false;
      break;
    }
    if (!ok) continue;
    const first = tokens[i];
    if (first && !first.cap) {
      const phrase = head.words.join(' ');
      if (!lex.lowercaseOk.has(phrase) && !lex.lowercaseOk.has(head.words[n - 1] ?? '')) continue;
    }
    return { head, end: i + n };
  }
  return undefined;
}
