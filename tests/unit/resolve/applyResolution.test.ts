import { agreementProfiles } from '../../../src/ingest/resolve/agreementProfiles';
import { applyResolution } from '../../../src/ingest/resolve/applyResolution';
import type { Extraction, Relation } from '../../../src/ingest/types';

const evidence = { articleId: 'sha256:x', sentence: 's', start: 0, end: 1 };
const relation = (
  partial: Partial<Relation> & Pick<Relation, 'type' | 'from' | 'to'>,
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
      name: 'Joint Declaration',
      aliases: ['the Declaration'],
      mentions: [],
    },
  ],
  relations: [
    relation({ type: 'PARTY_TO', from: 'CHN', to: 'jd-2025', date: '2025-04-23' }),
    relation({ type: 'PARTY_TO', from: 'AZE', to: 'jd-2025', date: '2025' }),
    relation({ type: 'PARTY_TO', from: 'AZE', to: 'jd-2025' }),
    relation({ type: 'SIGNED', from: 'ilham-aliyev', to: 'jd-2025', date: '2024-12' }),
    relation({ type: 'COOPERATES_ON', from: 'AZE', to: 'CHN', area: 'jd-2025' }),
  ],
};

describe('agreementProfiles', () => {
  it('collects forms, PARTY_TO parties and PARTY_TO/SIGNED years of each agreement', () => {
    expect(agreementProfiles(extraction)).toEqual([
      {
        id: 'jd-2025',
        names: ['Joint Declaration', 'the Declaration'],
        parties: ['AZE', 'CHN'],
        years: ['2024', '2025'],
      },
    ]);
  });
});

describe('applyResolution', () => {
  it('renames the entity, keeps its forms as aliases and retargets relations and areas', () => {
    const resolved = applyResolution(
      extraction,
      new Map([['jd-2025', { id: 'js-2025', name: 'Joint Statement' }]]),
    );
    const agreement = resolved.entities.find((entity) => entity.kind === 'Agreement');
    expect(agreement).toMatchObject({
      id: 'js-2025',
      name: 'Joint Statement',
      aliases: ['Joint Declaration', 'the Declaration'],
    });
    expect(resolved.relations.map((r) => r.to)).toEqual([
      'js-2025',
      'js-2025',
      'js-2025',
      'js-2025',
      'CHN',
    ]);
    expect(resolved.relations[4]?.area).toBe('js-2025');
    expect(extraction.entities[2]?.id).toBe('jd-2025');
  });

  it('returns the extraction itself when nothing is resolved', () => {
    expect(applyResolution(extraction, new Map())).toBe(extraction);
  });
});
