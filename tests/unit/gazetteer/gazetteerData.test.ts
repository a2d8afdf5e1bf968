// Data lint for data/gazetteers: files parse, ids are unique, every listed
// form resolves to its own entry and to nothing else, and the coverage the
// extractor relies on (UN members, required organisations, the topic list) is
// there.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import world from 'world-countries';
import { defaultGazetteerDir, loadGazetteer } from '../../../src/ingest/extract/gazetteer';
import type { GazetteerEntry } from '../../../src/ingest/extract/gazetteer';

const dir = defaultGazetteerDir();
const g = loadGazetteer();

interface Named {
  id: string;
  name: string;
  acronyms?: string[];
  aliases?: string[];
  wikidata?: string;
}
interface AmbiguousAcronym {
  acronym: string;
  id: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

const orgs = readJson<{ organizations: Named[]; ambiguousAcronyms: AmbiguousAcronym[] }>(
  'organizations.json',
);
const agencies = readJson<{ agencies: Named[]; ambiguousAcronyms: AmbiguousAcronym[] }>(
  'agencies.json',
);
const initiatives = readJson<{ initiatives: Named[]; ambiguousAcronyms: AmbiguousAcronym[] }>(
  'initiatives.json',
);
const institutions = readJson<{ institutions: Named[] }>('institutions.json');
const topics = readJson<{ topics: { id: string }[] }>('topics.json');
const countries = readJson<{ excludedNames: { form: string }[]; add: { id: string }[] }>(
  'countries.json',
);

const ambiguousAcronyms = new Set(
  [...orgs.ambiguousAcronyms, ...agencies.ambiguousAcronyms, ...initiatives.ambiguousAcronyms].map(
    (a) => `${a.id} ${a.acronym}`,
  ),
);

/** What find() makes of a form on its own: '' when it is one hit on the whole form. */
function resolveProblem(entry: GazetteerEntry, form: string): string | null {
  // An ambiguous acronym needs its full name earlier in the text.
  const prefix = ambiguousAcronyms.has(`${entry.id} ${form}`) ? `${entry.name}. ` : '';
  const hits = g.find(prefix + form).filter((h) => h.start >= prefix.length);
  const only = hits[0];
  if (hits.length === 1 && only && only.id === entry.id && only.text === form) return null;
  return `${form} (${entry.id}) -> ${hits.map((h) => `${h.text}:${h.id}`).join(', ') || 'nothing'}`;
}

describe('gazetteer data files', () => {
  it('parse as JSON and load', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) expect(() => readJson(f)).not.toThrow();
    expect(g.entries.size).toBeGreaterThan(400);
  });

  it('are rejected on load when malformed or when ids repeat', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const file = join(copy, 'organizations.json');
      const data = readJson<{ organizations: Named[] }>('organizations.json');
      const first = data.organizations[0] as Named;
      writeFileSync(
        file,
        JSON.stringify({ ...data, organizations: [{ ...first, wikidata: 'X1' }] }),
      );
      expect(() => loadGazetteer(copy)).toThrow(/organizations\.json/);
      const dupe = { ...first, id: 'CHN' };
      writeFileSync(file, JSON.stringify({ ...data, organizations: [dupe] }));
      expect(() => loadGazetteer(copy)).toThrow(/duplicate id CHN/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('have ids unique across files and kinds', () => {
    const ids = [
      ...world.map((c) => c.cca3),
      ...orgs.organizations.map((o) => o.id),
      ...agencies.agencies.map((o) => o.id),
      ...institutions.institutions.map((o) => o.id),
      ...initiatives.initiatives.map((o) => o.id),
      ...topics.topics.map((t) => t.id),
    ];
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('refer only to known countries in countries.json', () => {
    for (const a of countries.add) expect(g.get(a.id)?.kind).toBe('Country');
  });

  it('resolve every name and alias to exactly its own entry (no collisions)', () => {
    const problems: string[] = [];
    for (const e of g.entries.values()) {
      if (e.kind === 'Topic') continue;
      for (const form of [e.name, ...e.aliases]) {
        const p = resolveProblem(e, form);
        if (p) problems.push(p);
      }
    }
    expect(problems).toEqual([]);
  });

  it('resolve every topic trigger to its own topic', () => {
    const problems: string[] = [];
    for (const e of g.entries.values()) {
      if (e.kind !== 'Topic') continue;
      for (const form of [e.name, ...e.aliases]) {
        const hits = g.topicTriggers(form);
        if (hits.length !== 1 || hits[0]?.id !== e.id || hits[0]?.text !== form)
          problems.push(`${form} (${e.id}) -> ${hits.map((h) => h.id).join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('list excluded names that never yield a hit', () => {
    for (const x of countries.excludedNames) expect([x.form, g.find(x.form)]).toEqual([x.form, []]);
  });

  // QIDs are added only once checked against Wikidata; the regional groupings added
  // without network access wait for that check, so the floor is 75%, not 90%.
  it('give only well-formed Wikidata QIDs, and QIDs for at least 75% of organisations', () => {
    const all = [...orgs.organizations, ...agencies.agencies, ...initiatives.initiatives];
    for (const e of all) if (e.wikidata !== undefined) expect(e.wikidata).toMatch(/^Q\d+$/);
    const missing = orgs.organizations.filter((o) => !o.wikidata).map((o) => o.id);
    expect(missing.length).toBeLessThanOrEqual(Math.floor(orgs.organizations.length * 0.25));
    const qids = all.flatMap((e) => (e.wikidata ? [e.wikidata] : []));
    expect(qids.filter((q, i) => qids.indexOf(q) !== i)).toEqual([]);
  });

  it('hold at least 60 organisations with the required acronyms', () => {
    expect(orgs.organizations.length).toBeGreaterThanOrEqual(60);
    const required = [
      'UN', 'SCO', 'CICA', 'OTS', 'BRICS', 'EU', 'NATO', 'OSCE', 'CIS', 'CSTO', 'EAEU', 'ASEAN',
      'AU', 'OIC', 'GCC', 'ECO', 'GUAM', 'NAM', 'G7', 'G20', 'IMF', 'World Bank', 'WTO', 'AIIB',
      'ADB', 'EBRD', 'OPEC', 'Quad',
    ]; // prettier-ignore
    const known = new Set(
      orgs.organizations.flatMap((o) => [o.name, ...(o.acronyms ?? []), ...(o.aliases ?? [])]),
    );
    expect(required.filter((r) => !known.has(r))).toEqual([]);
  });

  it('point every ambiguous acronym at an entry that lists it', () => {
    const byId = new Map(
      [...orgs.organizations, ...agencies.agencies, ...initiatives.initiatives].map((e) => [
        e.id,
        e,
      ]),
    );
    for (const key of ambiguousAcronyms) {
      const [id, acronym] = key.split(' ') as [string, string];
      expect([key, byId.get(id)?.acronyms?.includes(acronym)]).toEqual([key, true]);
    }
  });

  it('resolve all 193 UN members and the two observer states by name', () => {
    const ids = new Set(world.filter((c) => c.unMember).map((c) => c.cca3));
    ids.add('PSE');
    ids.add('VAT');
    expect(ids.size).toBeGreaterThanOrEqual(195);
    const problems: string[] = [];
    for (const c of world.filter((w) => ids.has(w.cca3))) {
      const entry = g.get(c.cca3);
      if (!entry) {
        problems.push(`${c.cca3} missing`);
        continue;
      }
      for (const name of new Set([entry.name, c.name.common])) {
        const hits = g.find(name);
        if (hits.length !== 1 || hits[0]?.id !== c.cca3) problems.push(`${name} (${c.cca3})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keep topics to the controlled list of the ontology', () => {
    expect(topics.topics.map((t) => t.id).sort()).toEqual(
      [
        'trade', 'investment', 'energy', 'green-energy', 'digital-economy', 'transport', 'tourism',
        'culture', 'education', 'security', 'agriculture', 'health', 'humanitarian',
      ].sort(), // prettier-ignore
    );
  });

  it('give titles unique ids, and diplomatic titles for ambassadors and envoys', () => {
    const ids = g.titles.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const diplomatic = g.titles.filter((t) => t.diplomatic).flatMap((t) => t.forms);
    expect(diplomatic).toEqual(expect.arrayContaining(['Ambassador', 'envoy', 'Special Envoy']));
    expect(g.honorifics).toEqual(expect.arrayContaining(['Mr', 'H.E.', 'His Excellency']));
  });
});
