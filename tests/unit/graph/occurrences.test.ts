import fc from 'fast-check';
import type { OccurrenceMention } from '../../../src/graph/model/occurrences';
import { assignOccurrences } from '../../../src/graph/model/occurrences';

const S = 'VISITED|ilham-aliyev|CHN';

function mention(key: string, date: string | null, extra: Partial<OccurrenceMention> = {}) {
  return { key, date, dateEnd: null, dateSource: 'text', count: null, ...extra } as const;
}

const summary = (mentions: OccurrenceMention[]) =>
  assignOccurrences(S, mentions).map(({ on, evidence, mayBe }) => ({ on, evidence, mayBe }));

describe('assignOccurrences', () => {
  it('keeps two dated visits in one year apart', () => {
    expect(summary([mention('a', '2025-04-22'), mention('b', '2025-08-31')])).toEqual([
      { on: '2025-04-22', evidence: ['a'], mayBe: [] },
      { on: '2025-08-31', evidence: ['b'], mayBe: [] },
    ]);
  });

  it('joins days a few days apart (one trip reported on different days)', () => {
    expect(
      summary([
        mention('a', '2025-04-22', { dateEnd: '2025-04-24' }),
        mention('b', '2025-04-23'),
        mention('c', '2025-04-27'),
      ]),
    ).toEqual([{ on: '2025-04-22', evidence: ['a', 'b', 'c'], mayBe: [] }]);
    expect(summary([mention('a', '2025-04-01'), mention('b', '2025-04-05')])).toHaveLength(2);
  });

  it('attaches a month to its one day occurrence, or makes it its own', () => {
    expect(summary([mention('a', '2025-04-22'), mention('m', '2025-04')])).toEqual([
      { on: '2025-04-22', evidence: ['a', 'm'], mayBe: [] },
    ]);
    expect(summary([mention('m', '2025-05'), mention('n', '2025-05')])).toEqual([
      { on: '2025-05', evidence: ['m', 'n'], mayBe: [] },
    ]);
  });

  it('attaches a year mention to the one occurrence it fits', () => {
    expect(summary([mention('a', '2025-04-22'), mention('y', '2025')])).toEqual([
      { on: '2025-04-22', evidence: ['a', 'y'], mayBe: [] },
    ]);
  });

  it('keeps "twice this year" apart, linked to the occurrences it may be', () => {
    const result = assignOccurrences(S, [
      mention('a', '2025-04-22'),
      mention('b', '2025-08-31'),
      mention('t', '2025', { count: 2 }),
    ]);
    expect(result.map((item) => item.on)).toEqual(['2025', '2025-04-22', '2025-08-31']);
    const vague = result[0];
    expect(vague?.evidence).toEqual(['t']);
    expect(vague?.mayBe).toEqual([`${S}|on=2025-04-22`, `${S}|on=2025-08-31`]);
    expect(vague?.mayBeReason).toBe('2 occurrences fit; stated count 2');
  });

  it('never attaches a stated count of several to one occurrence alone', () => {
    const [vague] = assignOccurrences(S, [
      mention('a', '2025-04-22'),
      mention('t', '2025', { count: 2 }),
    ]);
    expect(vague).toMatchObject({ on: '2025', evidence: ['t'], mayBeReason: 'stated count 2' });
  });

  it('takes an article-dated mention as "by then"', () => {
    const mentions = [
      mention('a', '2025-04-22'),
      mention('p', '2025-06-01', { dateSource: 'article' }),
      mention('b', '2025-08-31'),
    ];
    expect(summary(mentions)).toEqual([
      { on: '2025-04-22', evidence: ['a', 'p'], mayBe: [] },
      { on: '2025-08-31', evidence: ['b'], mayBe: [] },
    ]);
  });

  it('does not depend on the order of the mentions', () => {
    const day = fc
      .integer({ min: 1, max: 28 })
      .map((d) => `2025-0${1 + (d % 9)}-${String(d).padStart(2, '0')}`);
    const date = fc.oneof(
      day,
      day.map((d) => d.slice(0, 7)),
      fc.constant('2025'),
      fc.constant(null),
    );
    const mentions = fc
      .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), date), {
        selector: ([key]) => key,
        maxLength: 8,
      })
      .map((items) => items.map(([key, value]) => mention(key, value)));
    fc.assert(
      fc.property(mentions, (items) => {
        expect(assignOccurrences(S, [...items].reverse())).toEqual(assignOccurrences(S, items));
      }),
    );
  });
});
