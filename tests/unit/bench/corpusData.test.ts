// The generator's own data and building blocks: name parts that never look
// like places or organisations, organisation scopes that name real gazetteer
// entries, seeded streams, and offices that change hands over time.
import { buildWorld } from '../../../bench/corpus/buildWorld';
import { dayOf } from '../../../bench/corpus/calendar';
import { createRng } from '../../../bench/corpus/createRng';
import { NameBook, readNamesFile } from '../../../bench/corpus/nameBook';
import { Offices } from '../../../bench/corpus/Offices';
import scopes from '../../../bench/corpus/orgScopes.json';
import { loadGazetteer } from '../../../src/ingest/extract/gazetteer';

describe('names.json', () => {
  const file = readNamesFile();
  const gazetteer = loadGazetteer();

  it('maps subregions and languages only to cultures it defines', () => {
    const cultures = new Set(Object.keys(file.cultures));
    for (const c of [
      ...Object.values(file.bySubregion),
      ...file.byLanguage.map(([, c]) => c),
      file.fallback,
    ]) {
      expect(cultures).toContain(c);
    }
  });

  it('has no name part that the gazetteer reads as a country, organisation or stop name', () => {
    const parts = Object.values(file.cultures).flatMap((c) => [
      ...(c.male ?? []),
      ...(c.female ?? []),
      ...c.family,
      ...(c.givenParts?.first ?? []),
    ]);
    const clashes = parts.filter((p) => gazetteer.find(p).length > 0 || gazetteer.isStopName(p));
    expect(clashes).toEqual([]);
  });

  it('gives every country a culture and keeps names unique within a book', () => {
    const world = buildWorld(1);
    expect(world.countries.length).toBeGreaterThan(190);
    const book = new NameBook(file);
    const rng = createRng(1, 'names');
    const names = ['korean', 'chinese', 'vietnamese', 'anglo'].flatMap((c) =>
      Array.from({ length: 600 }, (_, i) => book.create(rng, c, i % 2 === 0).name),
    );
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('orgScopes.json', () => {
  it('names organisations of the gazetteer', () => {
    const gazetteer = loadGazetteer();
    const unknown = Object.keys(scopes.scopes).filter(
      (id) => gazetteer.get(id)?.kind !== 'Organization',
    );
    expect(unknown).toEqual([]);
  });

  it('gives organisations members inside their scope, joined no earlier than founded', () => {
    const world = buildWorld(3);
    const asean = world.organizations.find((o) => o.id === 'ASEAN');
    expect(asean?.members.size).toBeGreaterThanOrEqual(9);
    for (const org of world.organizations) {
      for (const year of org.members.values()) expect(year).toBeGreaterThanOrEqual(org.founded);
      for (const id of org.observers.keys()) expect(org.members.has(id)).toBe(false);
    }
    expect(world.un.members.size).toBe(world.countries.length);
  });
});

describe('createRng', () => {
  it('repeats a named stream and separates different names', () => {
    const draw = (...key: (string | number)[]): number[] => {
      const r = createRng(42, ...key);
      return Array.from({ length: 20 }, () => r.int(0, 1_000_000));
    };
    expect(draw('article', 1)).toEqual(draw('article', 1));
    expect(draw('article', 1)).not.toEqual(draw('article', 2));
  });

  it('keeps int within bounds and sample without repeats', () => {
    const r = createRng(1, 'bounds');
    const values = Array.from({ length: 2000 }, () => r.int(-3, 3));
    expect(new Set(values)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
    const sample = r.sample([...Array(50).keys()], 10);
    expect(new Set(sample).size).toBe(10);
  });
});

describe('Offices', () => {
  it('keeps one holder through a term and changes holders over the years', () => {
    const offices = new Offices(5, new NameBook());
    const office = {
      key: 'AZE:foreign-minister',
      role: 'foreign-minister' as const,
      culture: 'turkic',
    };
    const first = offices.holder(office, dayOf(2015, 6, 1));
    expect(offices.holder(office, first.start).person).toBe(first.person);
    expect(offices.holder(office, first.end - 1).person).toBe(first.person);
    const next = offices.holder(office, first.end);
    expect(next.person.name).not.toBe(first.person.name);
    expect(next.previous).toBe(first.person);
    const holders = new Set(
      [2015, 2018, 2021, 2024, 2026].map((y) => offices.holder(office, dayOf(y)).person.name),
    );
    expect(holders.size).toBeGreaterThan(1);
  });
});
