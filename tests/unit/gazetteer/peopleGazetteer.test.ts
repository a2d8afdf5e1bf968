// Data lint for data/gazetteers/people.json, the known-people gazetteer built
// by scripts/gazetteer/buildPeople.ts: shape, ids, QIDs, place codes, dates,
// aliases, and spot checks of well-known office holders since 2000.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import world from 'world-countries';
import { defaultGazetteerDir } from '../../../src/ingest/extract/gazetteer';

interface Position {
  role: string;
  of: string;
  start: string | null;
  end: string | null;
}
interface Person {
  id: string;
  name: string;
  wikidata?: string;
  aliases: string[];
  positions: Position[];
  source: string;
  licence: string;
}
interface PeopleFile {
  source: string;
  licence: string;
  ambiguousAliases: { alias: string; ids: string[] }[];
  people: Person[];
}

const dir = defaultGazetteerDir();
const file = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8')) as PeopleFile;
const orgs = JSON.parse(readFileSync(join(dir, 'organizations.json'), 'utf8')) as {
  organizations: { id: string }[];
};

const ROLES = new Set([
  'President', 'Vice President', 'Prime Minister', 'Premier', 'Chancellor', 'Head of State',
  'Head of Government', 'Foreign Minister', 'King', 'Queen', 'Emperor', 'Emir', 'Sultan',
  'Grand Duke', 'Prince', 'Co-Prince', 'Captain Regent', 'Pope', 'Supreme Leader', 'Monarch',
  'Crown Prince', 'Secretary-General', 'Secretary General', 'Chairperson',
  'President of the European Commission', 'President of the European Council',
  'High Representative',
]); // prettier-ignore

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A real calendar date at year, month or day precision. */
function validDate(d: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(d);
  if (!m) return false;
  const [, y, mo, da] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (da !== undefined) {
    const t = new Date(`${y}-${mo}-${da}T00:00:00Z`);
    if (Number.isNaN(t.getTime()) || t.getUTCDate() !== Number(da)) return false;
  }
  return true;
}

/** start ≤ end on the precision both share. */
function ordered(start: string, end: string): boolean {
  const n = Math.min(start.length, end.length);
  return start.slice(0, n) <= end.slice(0, n);
}

const people = file.people;
const byId = new Map(people.map((p) => [p.id, p]));

function holders(role: string, of: string): Person[] {
  return people.filter((p) => p.positions.some((x) => x.role === role && x.of === of));
}

describe('people gazetteer (data/gazetteers/people.json)', () => {
  it('names its source and licence and holds several thousand people', () => {
    expect(file.source).toMatch(/github\.com/);
    expect(file.licence).toMatch(/CC0-1\.0/);
    expect(people.length).toBeGreaterThan(3000);
  });

  it('has the documented shape on every entry', () => {
    for (const p of people) {
      expect(typeof p.id).toBe('string');
      expect(typeof p.name).toBe('string');
      expect(Array.isArray(p.aliases)).toBe(true);
      expect(p.positions.length).toBeGreaterThan(0);
      expect(p.source).toMatch(/^(manual|peppercat|wikidata)(\+(manual|peppercat|wikidata))*$/);
      expect(p.licence).toMatch(/^(CC0-1\.0|CC-BY-NC-4\.0)( AND (CC0-1\.0|CC-BY-NC-4\.0))*$/);
      for (const x of p.positions) {
        expect(Object.keys(x).sort()).toEqual(['end', 'of', 'role', 'start']);
        expect([p.id, ROLES.has(x.role)]).toEqual([p.id, true]);
      }
    }
  });

  it('gives ids that are unique slugs of the names, sorted', () => {
    const ids = people.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a.localeCompare(b))).toEqual(ids);
    const bad = people.filter(
      (p) => p.id !== slug(p.name) && p.id !== `${slug(p.name)}-${p.wikidata?.toLowerCase()}`,
    );
    expect(bad.map((p) => `${p.id} / ${p.name}`)).toEqual([]);
  });

  it('gives well-formed, unique QIDs; only hand-added rows may lack one', () => {
    const qids: string[] = [];
    for (const p of people) {
      if (p.wikidata === undefined) {
        expect([p.id, p.source]).toEqual([p.id, 'manual']);
        continue;
      }
      expect(p.wikidata).toMatch(/^Q\d+$/);
      qids.push(p.wikidata);
    }
    expect(qids.filter((q, i) => qids.indexOf(q) !== i)).toEqual([]);
    expect(qids.length / people.length).toBeGreaterThan(0.98);
  });

  it('places every position in a known country or organisation', () => {
    const known = new Set([...world.map((c) => c.cca3), ...orgs.organizations.map((o) => o.id)]);
    const unknown = people.flatMap((p) =>
      p.positions.filter((x) => !known.has(x.of)).map((x) => `${p.id}: ${x.of}`),
    );
    expect(unknown).toEqual([]);
  });

  it('dates positions validly, start before end, all reaching into 2000 or later', () => {
    const problems: string[] = [];
    for (const p of people)
      for (const x of p.positions) {
        const tag = `${p.id} ${x.role} ${x.of} ${x.start}–${x.end}`;
        if (x.start !== null && !validDate(x.start)) problems.push(`bad start ${tag}`);
        if (x.end !== null && !validDate(x.end)) problems.push(`bad end ${tag}`);
        if (x.start !== null && x.end !== null && !ordered(x.start, x.end))
          problems.push(`end before start ${tag}`);
        if (x.end !== null && x.end.slice(0, 4) < '2000') problems.push(`ended before 2000 ${tag}`);
      }
    expect(problems).toEqual([]);
  });

  it('keeps aliases to multi-word full names, never the name itself', () => {
    const problems: string[] = [];
    for (const p of people)
      for (const a of p.aliases) {
        if (a.trim().split(/\s+/).length < 2) problems.push(`${p.id}: single word ${a}`);
        if (a.toLowerCase() === p.name.toLowerCase()) problems.push(`${p.id}: alias is name`);
        if (/^(King|Queen|Prince|President|Sheikh|Dr|Sir|Pope)\b/.test(a))
          problems.push(`${p.id}: title ${a}`);
      }
    expect(problems).toEqual([]);
  });

  it('shares a name or alias between people only when listed as ambiguous', () => {
    const listed = new Map(file.ambiguousAliases.map((a) => [a.alias, new Set(a.ids)]));
    const owners = new Map<string, Set<string>>();
    for (const p of people)
      for (const f of [p.name, ...p.aliases]) {
        const k = f.toLowerCase();
        owners.set(k, (owners.get(k) ?? new Set()).add(p.id));
      }
    const problems: string[] = [];
    for (const [form, ids] of owners) {
      if (ids.size < 2) continue;
      const l = listed.get(form);
      if (!l || [...ids].some((id) => !l.has(id))) problems.push(`${form}: ${[...ids].join(', ')}`);
    }
    expect(problems).toEqual([]);
    for (const a of file.ambiguousAliases) for (const id of a.ids) expect(byId.has(id)).toBe(true);
  });

  it('covers every UN member, the observers, Taiwan and Kosovo', () => {
    const wanted = new Set(world.filter((c) => c.unMember).map((c) => c.cca3));
    for (const c of ['VAT', 'PSE', 'TWN', 'UNK']) wanted.add(c);
    const seen = new Set(people.flatMap((p) => p.positions.map((x) => x.of)));
    expect([...wanted].filter((c) => !seen.has(c))).toEqual([]);
  });

  it.each([
    ['Xi Jinping', 'Q15031', 'President', 'CHN', '2013'],
    ['Narendra Modi', 'Q1058', 'Prime Minister', 'IND', '2014'],
    ['Cyril Ramaphosa', null, 'President', 'ZAF', '2018'],
    ['Sergey Lavrov', 'Q58217', 'Foreign Minister', 'RUS', '2004'],
    ['Jens Stoltenberg', 'Q57665', 'Secretary General', 'NATO', '2014'],
    ['Tamim bin Hamad Al Thani', 'Q1855372', 'Emir', 'QAT', '2013'],
    ['Claudia Sheinbaum', 'Q5771800', 'President', 'MEX', '2024'],
    ['Ilham Aliyev', 'Q57371', 'President', 'AZE', '2003'],
    ['Angela Merkel', 'Q567', 'Chancellor', 'DEU', '2005'],
    ['Luiz Inácio Lula da Silva', null, 'President', 'BRA', '2003'],
    ['António Guterres', 'Q311440', 'Secretary-General', 'UN', '2017'],
    ['Hillary Clinton', 'Q6294', 'Foreign Minister', 'USA', '2009'],
    ['Ursula von der Leyen', null, 'President of the European Commission', 'EU', '2019'],
    ['Paul Kagame', null, 'President', 'RWA', '2000'],
    ['Anthony Albanese', null, 'Prime Minister', 'AUS', '2022'],
  ])('has %s (%s) as %s of %s from %s', (name, qid, role, of, year) => {
    const p = people.find((x) => x.name === name);
    expect(p).toBeDefined();
    if (qid !== null) expect(p?.wikidata).toBe(qid);
    const pos = p?.positions.find((x) => x.role === role && x.of === of);
    expect(pos?.start?.slice(0, 4)).toBe(year);
  });

  it('knows who held an office after whom (UK prime ministers, 2007–2024)', () => {
    const order = holders('Prime Minister', 'GBR')
      .flatMap((p) => p.positions.filter((x) => x.role === 'Prime Minister' && x.of === 'GBR').map((x) => [x.start ?? '', p.name] as const))
      .filter(([s]) => s >= '2007' && s < '2025')
      .sort()
      .map(([, n]) => n); // prettier-ignore
    expect(order).toEqual([
      'Gordon Brown', 'David Cameron', 'Theresa May', 'Boris Johnson', 'Liz Truss',
      'Rishi Sunak', 'Keir Starmer',
    ]); // prettier-ignore
  });

  it('leaves only the current holder of single-holder offices open', () => {
    for (const [role, of] of [
      ['President', 'USA'],
      ['Chancellor', 'DEU'],
      ['Secretary-General', 'UN'],
      ['Secretary General', 'NATO'],
      ['Foreign Minister', 'GBR'],
    ] as const) {
      const open = holders(role, of).filter((p) =>
        p.positions.some((x) => x.role === role && x.of === of && x.end === null),
      );
      expect([role, of, open.length]).toEqual([role, of, 1]);
    }
  });
});
