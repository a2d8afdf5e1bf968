// One left-to-right pass over the tokens: at each position take the longest
// fitting form, emit it unless it is an excluded name, and jump past it. So
// hits never overlap and come out sorted by start.
import type { Candidate, FormTrie } from './formTrie';
import { tokenize } from './tokenize';
import type { Token } from './tokenize';
import type { GazetteerHit } from './types';

export function scanHits(trie: FormTrie, text: string, offset = 0): GazetteerHit[] {
  const tokens = tokenize(text);
  // Entries already named by a full form in this text: their ambiguous acronyms may match.
  const named = new Set<string>();
  const accept = (c: Candidate, from: number): boolean => {
    if (c.form === 'acronym' && (tokens[from] as Token).capsLine) return false;
    if (!c.ambiguousAcronym || named.has(c.id)) return true;
    return !!c.afterThe && from > 0 && (tokens[from - 1] as Token).key === 'the';
  };
  const hits: GazetteerHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = trie.match(tokens, i, accept);
    if (!m) {
      i++;
      continue;
    }
    const c = m.cand;
    if (!c.excluded) {
      const [a, b] = c.span ?? [0, m.to - m.from];
      const start = (tokens[m.from + a] as Token).start;
      const end = (tokens[m.from + b - 1] as Token).end;
      hits.push({
        start: start + offset,
        end: end + offset,
        text: text.slice(start, end),
        id: c.id,
        kind: c.kind,
        form: c.form,
        rule: c.rule,
        ...(c.ambiguous ? { ambiguous: true as const } : {}),
        ...(c.placeOnly ? { placeOnly: true as const } : {}),
        ...(c.needsCooperationCue ? { needsCooperationCue: true as const } : {}),
      });
      if (c.form !== 'acronym') named.add(c.id);
    }
    i = m.to;
  }
  return hits;
}
