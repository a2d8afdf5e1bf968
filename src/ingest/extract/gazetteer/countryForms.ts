// Country forms: world-countries gives names, alt spellings, demonyms and
// capitals for every id (cca3); countries.json adds, blocks and flags forms on
// top. A derived form claimed by two countries and not settled by
// countries.json is dropped (American, Congolese).
import type { Country } from 'world-countries';
import type { CountriesFile } from './dataSchema';
import type { BuiltTable, FormSpec } from './formTrie';
import type { HitForm } from './types';

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.-]+$/u;
const UNPLURAL = /(?:nch|tch|ese|ish|sh|ic|[sxyz])$/;

/** English plural of a demonym (Azerbaijani → Azerbaijanis; Chinese, Swiss unchanged). */
export function demonymPlural(d: string): string | null {
  return UNPLURAL.test(d) ? null : `${d}s`;
}

function demonymsOf(c: Country): string[] {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  const out = new Set<string>();
  for (const d of [eng.m, eng.f]) {
    for (const part of d.split(/,\s*|\s+or\s+/)) if (part.trim()) out.add(part.trim());
  }
  return [...out];
}

// Alt spellings include ISO codes and foreign names; keep Latin-script names
// of three letters or more that are not shouted codes or inverted forms.
function usableAltSpelling(s: string): boolean {
  return s.length >= 3 && LATIN.test(s) && s !== s.toUpperCase();
}

interface Raw {
  id: string;
  text: string;
  form: HitForm;
}

function withPlurals(id: string, demonyms: string[]): Raw[] {
  const out: Raw[] = [];
  for (const d of demonyms) {
    out.push({ id, text: d, form: 'demonym' });
    const p = demonymPlural(d);
    if (p) out.push({ id, text: p, form: 'demonym' });
  }
  return out;
}

export function countryForms(file: CountriesFile, world: readonly Country[]): BuiltTable {
  const blocked = new Set(file.block.map((b) => b.form));
  const ambiguous = new Set(file.ambiguous.map((a) => `${a.id} ${a.form}`));
  const placeOnly = new Set((file.placeOnly ?? []).map((a) => `${a.id} ${a.form}`));
  const nameOf = (c: Country): string => file.names[c.cca3] ?? c.name.common;

  const explicit: Raw[] = [];
  for (const add of file.add) {
    for (const a of add.aliases ?? []) explicit.push({ id: add.id, text: a, form: 'alias' });
    explicit.push(...withPlurals(add.id, add.demonyms ?? []));
    for (const m of add.metonyms ?? []) explicit.push({ id: add.id, text: m, form: 'capital' });
  }
  const explicitTexts = new Set(explicit.map((r) => r.text));

  const derived: Raw[] = [];
  for (const c of world) {
    const id = c.cca3;
    derived.push({ id, text: c.name.common, form: 'alias' });
    if (LATIN.test(c.name.official)) derived.push({ id, text: c.name.official, form: 'alias' });
    for (const s of c.altSpellings)
      if (usableAltSpelling(s)) derived.push({ id, text: s, form: 'alias' });
    // A demonym equal to the name (Djibouti, Gibraltar) adds nothing.
    const demonyms = demonymsOf(c).filter((d) => !blocked.has(d) && d !== c.name.common);
    derived.push(...withPlurals(id, demonyms));
    for (const cap of c.capital ?? []) derived.push({ id, text: cap, form: 'capital' });
  }
  const owners = new Map<string, Set<string>>();
  for (const r of derived) {
    const set = owners.get(r.text) ?? new Set<string>();
    set.add(r.id);
    owners.set(r.text, set);
  }
  const keptDerived = derived.filter(
    (r) =>
      !blocked.has(r.text) && !explicitTexts.has(r.text) && (owners.get(r.text)?.size ?? 0) === 1,
  );

  const names = new Map(world.map((c) => [c.cca3, nameOf(c)]));
  const forms: FormSpec[] = [];
  const aliasesById = new Map<string, Set<string>>();
  const push = (r: Raw, priority: number, source: string): void => {
    const name = names.get(r.id);
    if (name === undefined) throw new Error(`countries.json: unknown country id ${r.id}`);
    const form: HitForm = r.text === name ? 'name' : r.form;
    forms.push({
      text: r.text,
      cand: {
        id: r.id,
        kind: 'Country',
        form,
        rule: `gazetteer:${source}:${r.id}`,
        exact: false,
        priority,
        ...(ambiguous.has(`${r.id} ${r.text}`) ? { ambiguous: true } : {}),
        ...(placeOnly.has(`${r.id} ${r.text}`) ? { placeOnly: true } : {}),
      },
    });
    if (r.text !== name) {
      const set = aliasesById.get(r.id) ?? new Set<string>();
      set.add(r.text);
      aliasesById.set(r.id, set);
    }
  };
  for (const [id, name] of names) push({ id, text: name, form: 'name' }, 0, 'countries');
  for (const r of explicit) push(r, 0, 'countries');
  for (const r of keptDerived) push(r, 3, 'world-countries');
  for (const x of file.excludedNames) {
    forms.push({
      text: x.form,
      cand: {
        id: '',
        kind: 'Country',
        form: 'name',
        rule: 'gazetteer:excluded',
        exact: false,
        priority: 2,
        excluded: true,
      },
    });
  }

  const supplemented = new Set(file.add.map((a) => a.id));
  const entries = world.map((c) => ({
    id: c.cca3,
    kind: 'Country' as const,
    name: nameOf(c),
    aliases: [...(aliasesById.get(c.cca3) ?? [])],
    source: supplemented.has(c.cca3) ? 'world-countries+countries.json' : 'world-countries',
  }));
  return { entries, forms };
}
