// Forms of named entries (organisations, agencies, seats of government,
// initiatives): name and aliases match with capitalisation, acronyms
// case-exactly, metonyms as 'capital', and cue phrases ("As {Report} informs")
// yield a hit on the braced part only.
import type { BuiltTable, FormSpec } from './formTrie';
import { tokenize } from './tokenize';
import type { GazetteerEntry } from './types';

export interface NamedEntry {
  id: string;
  name: string;
  acronyms?: string[];
  aliases?: string[];
  metonyms?: string[];
  cues?: string[];
  wikidata?: string | undefined;
  type?: string;
  parent?: string | undefined;
  country?: string | undefined;
}

export interface NamedSource {
  /** File stem for rule ids and `source`, e.g. 'organizations'. */
  file: string;
  kind: GazetteerEntry['kind'];
  entries: readonly NamedEntry[];
  ambiguousAcronyms?: readonly { acronym: string; id: string; afterThe?: boolean | undefined }[];
  priority: number;
}

/** Splits "As {Report} informs" into the plain phrase and the braced token range. */
export function parseCue(cue: string): { text: string; span: [number, number] } {
  const open = cue.indexOf('{');
  const close = cue.indexOf('}', open);
  const text = cue.slice(0, open) + cue.slice(open + 1, close) + cue.slice(close + 1);
  const innerStart = open;
  const innerEnd = close - 1;
  const toks = tokenize(text);
  const from = toks.findIndex((t) => t.start >= innerStart);
  let to = from;
  while (to < toks.length && (toks[to]?.end ?? Infinity) <= innerEnd) to++;
  return { text, span: [from, to] };
}

export function namedForms(src: NamedSource): BuiltTable {
  const ambiguous = new Set((src.ambiguousAcronyms ?? []).map((a) => `${a.id} ${a.acronym}`));
  const afterThe = new Set(
    (src.ambiguousAcronyms ?? []).filter((a) => a.afterThe).map((a) => `${a.id} ${a.acronym}`),
  );
  const forms: FormSpec[] = [];
  const entries: GazetteerEntry[] = [];
  for (const e of src.entries) {
    const base = {
      id: e.id,
      kind: src.kind,
      rule: `gazetteer:${src.file}:${e.id}`,
      priority: src.priority,
    };
    forms.push({ text: e.name, cand: { ...base, form: 'name', exact: false } });
    for (const a of e.aliases ?? [])
      forms.push({ text: a, cand: { ...base, form: 'alias', exact: false } });
    for (const m of e.metonyms ?? [])
      forms.push({ text: m, cand: { ...base, form: 'capital', exact: false } });
    for (const a of e.acronyms ?? []) {
      forms.push({
        text: a,
        cand: {
          ...base,
          form: 'acronym',
          exact: true,
          ...(ambiguous.has(`${e.id} ${a}`) ? { ambiguousAcronym: true } : {}),
          ...(afterThe.has(`${e.id} ${a}`) ? { afterThe: true } : {}),
        },
      });
    }
    for (const c of e.cues ?? []) {
      const { text, span } = parseCue(c);
      forms.push({ text, cand: { ...base, form: 'alias', exact: false, span } });
    }
    const aliases = [
      ...new Set([...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.metonyms ?? [])]),
    ];
    entries.push({
      id: e.id,
      kind: src.kind,
      name: e.name,
      aliases: aliases.filter((a) => a !== e.name),
      ...(e.wikidata ? { wikidata: e.wikidata } : {}),
      source: `${src.file}.json`,
      ...(e.type ? { type: e.type } : {}),
      ...(e.parent ? { parent: e.parent } : {}),
      ...(e.country ? { country: e.country } : {}),
    });
  }
  return { entries, forms };
}
