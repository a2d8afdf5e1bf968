// Resolution is pure: what it needs of the stored graph comes in as data
// (StoredAgreements, read by src/graph/write/readStoredAgreements.ts).
import { minSharedParties, partiesCompatible } from '../../../src/ingest/resolve/matchAgreement';
import type { StoredAgreement } from '../../../src/ingest/resolve/resolveExtraction';
import {
  NOTHING_STORED,
  resolvableAgreements,
  resolveExtraction,
} from '../../../src/ingest/resolve/resolveExtraction';
import type { Extraction, Relation } from '../../../src/ingest/types';

const evidence = { articleId: 'sha256:x', sentence: 's', start: 0, end: 1 };
const relation = (
  partial: Pick<Relation, 'type' | 'from' | 'to'> & Partial<Relation>,
): Relation => ({
  confidence: 0.9,
  evidence,
  ...partial,
});

const extraction: Extraction = {
  article: {
    id: 'sha256:x',
    title: 'T',
    publishedAt: '2025-04-23',
    source: null,
    section: null,
    url: null,
  },
  entities: [
    { id: 'AZE', kind: 'Country', name: 'Azerbaijan', aliases: [], mentions: [] },
    { id: 'CHN', kind: 'Country', name: 'China', aliases: [], mentions: [] },
    {
      id: 'jd-2025',
      kind: 'Agreement',
      name: 'Joint Declaration establishing a comprehensive strategic partnership',
      aliases: [],
      mentions: [],
    },
    { id: 'memo', kind: 'Agreement', name: 'A memorandum', aliases: [], mentions: [] },
  ],
  relations: [
    relation({ type: 'PARTY_TO', from: 'CHN', to: 'jd-2025', date: '2025-04-23' }),
    relation({ type: 'PARTY_TO', from: 'AZE', to: 'jd-2025', date: '2025-04-23' }),
  ],
};

const stored: StoredAgreement = {
  id: 'js-csp-2025',
  name: 'Joint Statement on establishing a comprehensive strategic partnership',
  names: ['Joint Statement on establishing a comprehensive strategic partnership'],
  parties: ['AZE', 'CHN'],
  years: ['2025'],
};

describe('resolveExtraction', () => {
  it('considers only agreements with a party', () => {
    expect(resolvableAgreements(extraction).map((profile) => profile.id)).toEqual(['jd-2025']);
  });

  it('changes nothing when nothing is stored', () => {
    expect(resolveExtraction(extraction, NOTHING_STORED)).toEqual({ extraction, decisions: [] });
  });

  it('gives an incoming agreement the id and name of the stored one it matches', () => {
    const resolution = resolveExtraction(extraction, {
      known: new Set(),
      candidates: new Map([['jd-2025', [stored]]]),
    });
    expect(resolution.decisions).toEqual([
      { incomingId: 'jd-2025', existingId: 'js-csp-2025', similarity: expect.any(Number) },
    ]);
    const agreement = resolution.extraction.entities.find((entity) => entity.kind === 'Agreement');
    expect(agreement).toMatchObject({ id: 'js-csp-2025', name: stored.name });
    expect(resolution.extraction.relations.every((r) => r.to === 'js-csp-2025')).toBe(true);
  });

  it('leaves an agreement that is stored under its own id alone', () => {
    const resolution = resolveExtraction(extraction, {
      known: new Set(['jd-2025']),
      candidates: new Map([['jd-2025', [stored]]]),
    });
    expect(resolution.decisions).toEqual([]);
  });
});

describe('minSharedParties', () => {
  it('asks two shared parties, or the only one, and never less than partiesCompatible', () => {
    expect(minSharedParties(['AZE'])).toBe(1);
    expect(minSharedParties(['AZE', 'CHN', 'KAZ'])).toBe(2);
    const parties = ['AZE', 'CHN', 'KAZ', 'UZB'];
    const subsets = (list: string[]): string[][] =>
      list.reduce<string[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
    for (const incoming of subsets(parties).filter((s) => s.length > 0)) {
      for (const candidate of subsets(parties).filter((s) => s.length > 0)) {
        if (!partiesCompatible(incoming, candidate)) continue;
        const shared = candidate.filter((party) => incoming.includes(party)).length;
        expect(shared).toBeGreaterThanOrEqual(minSharedParties(incoming));
      }
    }
  });
});
