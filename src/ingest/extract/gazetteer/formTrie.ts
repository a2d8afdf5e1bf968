// A token trie over surface forms: one walk per text position finds the
// longest form that starts there. Keys fold case and accents; each candidate
// then checks capitalisation against its own spelling, so "Turkey" matches
// and "turkey" does not, while "GUAM" and "Guam" stay apart.
import type { GazetteerEntry, HitForm } from './types';
import { tokenize } from './tokenize';
import type { Token } from './tokenize';

export interface Candidate {
  id: string;
  kind: GazetteerEntry['kind'];
  form: HitForm;
  rule: string;
  /** The form's tokens, as `plain` strings. */
  tokens: string[];
  /** Case-exact on every token (acronyms). */
  exact: boolean;
  /** Lower wins when two candidates fit equally well. */
  priority: number;
  ambiguous?: boolean;
  /** A capital that is also a name: a place only where used as one ("in Lima"). */
  placeOnly?: boolean;
  /** Accepted only after the entry was named in full earlier in the same text. */
  ambiguousAcronym?: boolean;
  /** An ambiguous acronym that right after a lowercase "the" is the organisation anyway. */
  afterThe?: boolean;
  /** A non-entity name (Indian Ocean): it wins as a longer match and yields no hit. */
  excluded?: boolean;
  needsCooperationCue?: boolean;
  /** Token range of the form that becomes the hit (cue phrases); default all. */
  span?: [number, number];
}

interface Node {
  next: Map<string, Node>;
  cands?: Candidate[];
}

export interface TrieMatch {
  cand: Candidate;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isShouted(s: string): boolean {
  return s.length >= 2 && UPPER.test(s) && !LOWER.test(s);
}

/** Capitalisation rule for one token of a form against one token of text. */
export function caseFits(form: string, text: string, exact: boolean): boolean {
  if (exact || isShouted(form)) return form === text;
  const f = form.charAt(0);
  if (UPPER.test(f)) return UPPER.test(text.charAt(0));
  return true;
}

function continuationKey(t: Token): string {
  return t.gap ? ` ${t.key}` : t.key;
}

export class FormTrie {
  private readonly root = new Map<string, Node>();

  /** Adds a surface form; `cand.tokens` is filled from it. */
  add(form: string, cand: Omit<Candidate, 'tokens'>): void {
    const toks = tokenize(form);
    if (toks.length === 0) return;
    let map = this.root;
    let node: Node | undefined;
    toks.forEach((t, i) => {
      const key = i === 0 ? t.key : continuationKey(t);
      node = map.get(key);
      if (!node) {
        node = { next: new Map() };
        map.set(key, node);
      }
      map = node.next;
    });
    if (!node) return;
    const full: Candidate = { ...cand, tokens: toks.map((t) => t.plain) };
    const same = node.cands?.find(
      (c) => c.id === full.id && c.tokens.join(' ') === full.tokens.join(' '),
    );
    if (same) return;
    (node.cands ??= []).push(full);
  }

  /** Longest candidate starting at token `i` that fits and that `accept` allows. */
  match(
    tokens: Token[],
    i: number,
    accept: (c: Candidate, from: number) => boolean,
  ): TrieMatch | null {
    const first = tokens[i];
    if (!first) return null;
    let node = this.root.get(first.key);
    let j = i;
    let best: TrieMatch | null = null;
    while (node) {
      if (node.cands) {
        const cand = pick(node.cands, tokens, i, accept);
        if (cand) best = { cand, from: i, to: j + 1 };
      }
      const t = tokens[j + 1];
      if (!t || t.brk) break;
      node = node.next.get(continuationKey(t));
      j++;
    }
    return best;
  }
}

function pick(
  cands: Candidate[],
  tokens: Token[],
  from: number,
  accept: (c: Candidate, from: number) => boolean,
): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = Infinity;
  for (const c of cands) {
    let fits = true;
    let verbatim = true;
    for (let k = 0; k < c.tokens.length; k++) {
      const f = c.tokens[k] as string;
      const t = (tokens[from + k] as Token).plain;
      if (!caseFits(f, t, c.exact)) {
        fits = false;
        break;
      }
      if (f !== t) verbatim = false;
    }
    if (!fits || !accept(c, from)) continue;
    // A verbatim spelling beats a case-folded one, then the table's priority.
    const score = (verbatim ? 0 : 1000) + c.priority;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** A surface form and what it stands for, before it goes into a trie. */
export interface FormSpec {
  text: string;
  cand: Omit<Candidate, 'tokens'>;
}

/** Entries and forms produced by one data source. */
export interface BuiltTable {
  entries: GazetteerEntry[];
  forms: FormSpec[];
}
