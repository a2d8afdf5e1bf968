import { createCountryResolver, resolveCountryId } from '../../../src/api/entity/resolveCountryId';
import type { GazetteerEntry } from '../../../src/ingest/extract/gazetteer';

describe('resolveCountryId (project gazetteer and world-countries)', () => {
  it.each([
    ['CHN', 'CHN'],
    ['chn', 'CHN'],
    ['CN', 'CHN'],
    ['cn', 'CHN'],
    ['China', 'CHN'],
    ['  china ', 'CHN'],
    ['PRC', 'CHN'],
    ["People's Republic of China", 'CHN'],
    ['AZE', 'AZE'],
    ['AZ', 'AZE'],
    ['Azerbaijan', 'AZE'],
    ['Republic of Azerbaijan', 'AZE'],
    ['US', 'USA'],
    ['Türkiye', 'TUR'],
  ])('%s → %s', (input, id) => {
    expect(resolveCountryId(input)).toBe(id);
  });

  it.each(['UN', 'SCO', 'Atlantis', '', 'XX', 'lu-mei'])('%j is not a country', (input) => {
    expect(resolveCountryId(input)).toBeUndefined();
  });
});

describe('createCountryResolver', () => {
  const entry = (id: string, name: string, aliases: string[]): GazetteerEntry => ({
    id,
    kind: 'Country',
    name,
    aliases,
    source: 'test',
  });
  const resolve = createCountryResolver(
    {
      entries: new Map([
        ['COG', entry('COG', 'Republic of the Congo', ['Congolese', 'Congo-Brazzaville'])],
        ['COD', entry('COD', 'DR Congo', ['Congolese', 'Congo-Kinshasa'])],
        ['SCO', { ...entry('SCO', 'Shanghai Cooperation Organization', []), kind: 'Organization' }],
      ]),
    },
    [
      { cca2: 'CG', cca3: 'COG' },
      { cca2: 'CD', cca3: 'COD' },
    ],
  );

  it('resolves codes and forms, refuses forms two countries share', () => {
    expect(resolve('cg')).toBe('COG');
    expect(resolve('Congo-Kinshasa')).toBe('COD');
    expect(resolve('Congolese')).toBeUndefined();
  });

  it('knows only countries', () => {
    expect(resolve('Shanghai Cooperation Organization')).toBeUndefined();
    expect(resolve('SCO')).toBeUndefined();
  });
});
