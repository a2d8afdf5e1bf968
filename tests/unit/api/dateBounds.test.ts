import {
  boundParams,
  dateBounds,
  heldDuring,
  isReversed,
  lowerBound,
  overlaps,
  upperBound,
} from '../../../src/graph/queries/dateBounds';

describe('date bounds at mixed precision', () => {
  it.each([
    ['2025', '2025-00-00', '2025-99-99'],
    ['2025-04', '2025-04-00', '2025-04-99'],
    ['2025-04-23', '2025-04-23', '2025-04-23'],
  ])('%s covers %s … %s', (date, low, high) => {
    expect(lowerBound(date)).toBe(low);
    expect(upperBound(date)).toBe(high);
  });

  it('padded ends sort around every day they cover and before the next period', () => {
    expect(lowerBound('2025') < '2025-01-01').toBe(true);
    expect(upperBound('2025') > '2025-12-31').toBe(true);
    expect(upperBound('2025') < lowerBound('2026')).toBe(true);
    expect(upperBound('2025-02') < '2025-03-01').toBe(true);
  });

  it.each<[string, string | null, { from?: string; to?: string }, boolean]>([
    ['2025', null, { from: '2025-03-01' }, true],
    ['2025', null, { to: '2025-03-01' }, true],
    ['2025', null, { from: '2026' }, false],
    ['2025-04', null, { from: '2025-04-30', to: '2025-05' }, true],
    ['2025-04', null, { from: '2025-05-01' }, false],
    ['2025-04-23', null, { from: '2025-04-23', to: '2025-04-23' }, true],
    ['2025-04-23', null, { from: '2025-04-24' }, false],
    ['2024-11', '2025-02', { from: '2025-01', to: '2025-01' }, true],
    ['2024-11', '2025-02', { from: '2025-03' }, false],
    ['2001', null, { from: '2025' }, false],
  ])('a fact %s–%s and the filter %j overlap: %s', (date, dateEnd, range, expected) => {
    expect(overlaps({ date, dateEnd }, dateBounds(range))).toBe(expected);
  });

  it('undated facts only match an open filter', () => {
    expect(overlaps({ date: null }, dateBounds({}))).toBe(true);
    expect(overlaps({ date: null }, dateBounds({ from: '2025' }))).toBe(false);
  });

  it('a state holds from its date until its stated end', () => {
    const since2001 = { date: '2001', dateEnd: null };
    expect(heldDuring(since2001, dateBounds({ from: '2025', to: '2025' }))).toBe(true);
    expect(heldDuring(since2001, dateBounds({ to: '2000-12' }))).toBe(false);
    expect(heldDuring({ date: '2001', dateEnd: '2010' }, dateBounds({ from: '2011' }))).toBe(false);
    expect(heldDuring({ date: null }, dateBounds({ from: '2011' }))).toBe(true);
  });

  it('tells a reversed range', () => {
    expect(isReversed({ from: '2025-05', to: '2025-04' })).toBe(true);
    expect(isReversed({ from: '2025-04-30', to: '2025-04' })).toBe(false);
    expect(isReversed({ from: '2025', to: '2025-01-01' })).toBe(false);
    expect(isReversed({ from: '2025' })).toBe(false);
  });

  it('gives Cypher parameters with open ends at the extremes', () => {
    expect(boundParams({})).toMatchObject({
      low: '0000-00-00',
      high: '9999-99-99',
      undated: true,
      asOfLow: '0000-00-00',
      asOfHigh: '9999-99-99',
    });
    expect(boundParams({ from: '2025-03' })).toMatchObject({
      low: '2025-03-00',
      high: '9999-99-99',
      undated: false,
    });
    expect(boundParams({ asOf: '2025-04' })).toMatchObject({
      asOfLow: '2025-04-00',
      asOfHigh: '2025-04-99',
    });
  });
});
