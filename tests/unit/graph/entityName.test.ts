import fc from 'fast-check';
import type { MentionRecord } from '../../../src/graph/model/entityName';
import {
  joinEntityNames,
  sourceKey,
  storedEntityNames,
  summariseEntity,
} from '../../../src/graph/model/entityName';

const mention = (
  publishedAt: string,
  articleId: string,
  partial: Partial<MentionRecord> = {},
): MentionRecord => ({
  source: sourceKey(publishedAt, articleId),
  name: 'China',
  aliases: [],
  wikidata: null,
  ...partial,
});

describe('summariseEntity', () => {
  it('is null when no article mentions the entity', () => {
    expect(summariseEntity([])).toBeNull();
  });

  it('accumulates every surface form across articles, sorted, without the name', () => {
    const props = summariseEntity([
      mention('2025-09-25', 'sha256:a', { aliases: ['Chinese', 'PRC'] }),
      mention('2025-09-26', 'sha256:b', { aliases: ['Beijing', 'Chinese'] }),
    ]);
    expect(props).toMatchObject({ name: 'China', aliases: ['Beijing', 'Chinese', 'PRC'] });
  });

  it('takes the name of the earliest-published article; other names become aliases', () => {
    const later = mention('2025-09-25', 'sha256:a', { name: 'Joint Declaration' });
    const first = mention('2025-04-23', 'sha256:z', { name: 'Joint Statement' });
    for (const order of [
      [later, first],
      [first, later],
    ]) {
      expect(summariseEntity(order)).toMatchObject({
        name: 'Joint Statement',
        aliases: ['Joint Declaration'],
        nameSource: first.source,
      });
    }
  });

  it('breaks publication ties by article id, and compares times across offsets', () => {
    const utc = mention('2025-04-23T01:00:00Z', 'sha256:b', { name: 'B' });
    const baku = mention('2025-04-23T04:30:00+04:00', 'sha256:a', { name: 'A' });
    expect(summariseEntity([utc, baku])?.name).toBe('A');
    const same = mention('2025-04-23T01:00:00Z', 'sha256:a', { name: 'C' });
    expect(summariseEntity([utc, same])?.name).toBe('C');
  });

  it('keeps the Wikidata id of the earliest article that gives one', () => {
    const props = summariseEntity([
      mention('2025-01-01', 'a'),
      mention('2025-03-01', 'c', { wikidata: 'Q2' }),
      mention('2025-02-01', 'b', { wikidata: 'Q148' }),
    ]);
    expect(props).toMatchObject({ wikidata: 'Q148', wikidataSource: sourceKey('2025-02-01', 'b') });
  });
});

describe('sourceKey', () => {
  it('sorts as strings in publication order, undated last', () => {
    const keys = [
      sourceKey('2025-04-23', 'x'),
      sourceKey('not a date', 'a'),
      sourceKey('2001-01-01T00:00:00+14:00', 'z'),
      sourceKey('2025-04-22T23:00:00-05:00', 'y'),
    ];
    expect([...keys].sort()).toEqual([keys[2], keys[0], keys[3], keys[1]]);
  });
});

describe('joinEntityNames', () => {
  const mentionArb = fc.record({
    source: fc.constantFrom('001|a', '002|b', '003|c', '004|d'),
    name: fc.constantFrom('China', 'PRC', "People's Republic of China"),
    aliases: fc.array(fc.constantFrom('Beijing', 'Chinese', 'PRC', ''), { maxLength: 3 }),
    wikidata: fc.constantFrom(null, 'Q148', 'Q29520'),
  });

  it('gives the same naming whatever the order or grouping of the articles (writes fold, retractions recompute)', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { minLength: 1, maxLength: 6 }), fc.nat(6), (list, cut) => {
        // One article gives one source: keep the first record per source.
        const mentions = [...new Map(list.map((m) => [m.source, m])).values()];
        const whole = summariseEntity(mentions);
        const folded = joinEntityNames(
          summariseEntity(mentions.slice(0, cut)),
          summariseEntity(mentions.slice(cut)) ?? whole!,
        );
        expect(folded).toEqual(whole);
        expect(summariseEntity([...mentions].reverse())).toEqual(whole);
      }),
    );
  });

  it('keeps the stored naming when the new articles are later, and reads a stored node back', () => {
    const stored = storedEntityNames({
      name: 'Joint Statement',
      aliases: null,
      wikidata: null,
      nameSource: sourceKey('2025-04-23', 'a'),
      wikidataSource: null,
    });
    const later = summariseEntity([mention('2025-09-25', 'b', { name: 'Joint Declaration' })])!;
    expect(joinEntityNames(stored, later)).toMatchObject({
      name: 'Joint Statement',
      aliases: ['Joint Declaration'],
    });
    expect(storedEntityNames({ name: null, aliases: null })).toBeNull();
    expect(storedEntityNames(null)).toBeNull();
  });
});
