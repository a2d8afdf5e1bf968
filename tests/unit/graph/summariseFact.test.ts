import fc from 'fast-check';
import type { FactProps, SummarisedEvidence } from '../../../src/graph/model/summariseFact';
import {
  mergeFactSummary,
  storedFactSummary,
  summariseFact,
  trustKey,
} from '../../../src/graph/model/summariseFact';

const item = (partial: Partial<SummarisedEvidence>): SummarisedEvidence => ({
  articleId: 'sha256:a',
  start: 0,
  end: 10,
  confidence: 0.5,
  date: null,
  dateEnd: null,
  dateSource: null,
  role: null,
  count: null,
  kind: null,
  level: null,
  status: null,
  area: null,
  on: null,
  text: null,
  ...partial,
});

describe('summariseFact', () => {
  it('is null when no evidence is left', () => {
    expect(summariseFact([])).toBeNull();
  });

  it('takes the more precise date, the highest confidence and every article', () => {
    const props = summariseFact([
      item({ articleId: 'sha256:seed', date: '2025', dateSource: 'article', confidence: 0.8 }),
      item({ articleId: 'sha256:news', date: '2025-04-23', dateSource: 'text', confidence: 0.7 }),
    ]);
    expect(props).toMatchObject({
      date: '2025-04-23',
      precision: 'day',
      dateSource: 'text',
      confidence: 0.8,
      articleIds: ['sha256:news', 'sha256:seed'],
      evidenceCount: 2,
    });
  });

  it('says the date is the article’s only when no evidence dates it from the text', () => {
    expect(summariseFact([item({ date: '2025', dateSource: 'article' })])?.dateSource).toBe(
      'article',
    );
    expect(
      summariseFact([
        item({ date: '2025', dateSource: 'article' }),
        item({ articleId: 'sha256:b', date: '2025', dateSource: 'text' }),
      ])?.dateSource,
    ).toBe('text');
    expect(summariseFact([item({})])).toMatchObject({
      date: null,
      precision: null,
      dateSource: null,
    });
  });

  it('takes each qualifier from the most trusted evidence that has it', () => {
    const props = summariseFact([
      item({ articleId: 'sha256:b', confidence: 0.6, count: 2, kind: 'state' }),
      item({ articleId: 'sha256:a', confidence: 0.9, kind: 'official' }),
      item({ articleId: 'sha256:c', confidence: 0.9, kind: 'working', count: 3 }),
    ]);
    expect(props).toMatchObject({ kind: 'official', count: 3 });
  });

  it('counts the same article twice as one article but two pieces of evidence', () => {
    const props = summariseFact([item({ start: 5 }), item({ start: 50 })]);
    expect(props).toMatchObject({ articleIds: ['sha256:a'], articleCount: 1, evidenceCount: 2 });
  });

  it('orders trust by confidence, then article, then span', () => {
    const keys = [
      trustKey({ confidence: 0.9, articleId: 'b', start: 0, end: 1 }),
      trustKey({ confidence: 0.9, articleId: 'a', start: 5, end: 9 }),
      trustKey({ confidence: 0.95, articleId: 'z', start: 0, end: 1 }),
      trustKey({ confidence: 0.9, articleId: 'a', start: 5, end: 10 }),
    ];
    expect([...keys].sort()).toEqual([keys[2], keys[1], keys[3], keys[0]]);
  });

  const evidence = fc.record({
    articleId: fc.constantFrom('sha256:a', 'sha256:b', 'sha256:c'),
    start: fc.nat(100),
    confidence: fc.constantFrom(0.5, 0.7, 0.9),
    date: fc.constantFrom(null, '2024', '2025', '2025-04', '2025-04-23', '2025-04-24'),
    dateSource: fc.constantFrom('text' as const, 'article' as const),
    count: fc.constantFrom(null, 1, 2),
    kind: fc.constantFrom(null, 'state', 'official'),
  });
  const evidenceList = fc
    .uniqueArray(evidence, {
      minLength: 1,
      maxLength: 6,
      selector: (e) => `${e.articleId}:${e.start}`,
    })
    .map((list) =>
      list.map((e) => item({ ...e, dateSource: e.date === null ? null : e.dateSource })),
    );

  it('does not depend on the order of the evidence', () => {
    const permuted = evidenceList.chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, ([list, shuffled]) => {
        expect(summariseFact(shuffled)).toEqual(summariseFact(list));
      }),
    );
  });

  it('adding evidence to a stored summary equals summarising everything (writes are incremental)', () => {
    // A write brings one new article; its evidence is folded into the stored summary,
    // which comes back without its article list (Neo4j unions that list itself).
    const split = evidenceList.chain((list) => {
      const articles = [...new Set(list.map((e) => e.articleId))];
      return fc.tuple(fc.constant(list), fc.constantFrom(...articles));
    });
    fc.assert(
      fc.property(split, ([list, added]) => {
        const before = list.filter((e) => e.articleId !== added);
        const stored = summariseFact(before);
        const readBack =
          stored === null
            ? null
            : storedFactSummary({ ...JSON.parse(JSON.stringify(stored)), articleIds: null });
        const merged = mergeFactSummary(
          readBack,
          list.filter((e) => e.articleId === added),
        );
        const full = summariseFact(list) as FactProps;
        expect({ ...merged, articleIds: [] }).toEqual({ ...full, articleIds: [] });
        expect([...new Set([...(stored?.articleIds ?? []), ...merged.articleIds])].sort()).toEqual(
          full.articleIds,
        );
      }),
    );
  });
});

describe('storedFactSummary', () => {
  it('is null for a relationship just created (no summary yet)', () => {
    expect(storedFactSummary({ key: 'MET|a|b' })).toBeNull();
  });

  it('reads back a stored summary, null properties coming back absent', () => {
    const summary = summariseFact([
      item({ date: '2025', dateSource: 'text', kind: 'talks' }),
    ]) as FactProps;
    const stored = Object.fromEntries(
      Object.entries(summary).filter(([, value]) => value !== null),
    );
    expect(storedFactSummary({ key: 'k', ...stored })).toEqual(summary);
  });
});
