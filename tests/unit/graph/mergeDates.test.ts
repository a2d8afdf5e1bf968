import fc from 'fast-check';
import {
  datePrecision,
  isPartialDate,
  mergeDateEnds,
  mergeDates,
  refines,
} from '../../../src/graph/model/mergeDates';

describe('mergeDates', () => {
  it.each([
    [['2025', '2025-04-23'], '2025-04-23', 'a refining date wins'],
    [['2025-04-23', '2025'], '2025-04-23', 'whatever the order'],
    [['2025', '2025-04', '2025-04-23'], '2025-04-23', 'down a chain of refinements'],
    [['2025-04-23', '2025-04-24'], '2025-04-23', 'conflicting days: the earliest'],
    [['2024', '2025'], '2024', 'conflicting years: the earliest'],
    [['2025', '2025-03', '2025-04-23'], '2025-03', 'the earliest of the most refined dates'],
    [['2025-04', '2025-05-01', '2025-04-30'], '2025-04-30', 'a refinement of the earliest period'],
    [['2024-12', '2025'], '2024-12', 'an earlier month beats a later year'],
    [['2025', '2025'], '2025', 'equal dates'],
  ])('%j → %s (%s)', (dates, expected) => {
    expect(mergeDates(dates)).toBe(expected);
  });

  it('is undefined without dates', () => {
    expect(mergeDates([])).toBeUndefined();
  });

  const partialDate = fc
    .tuple(
      fc.integer({ min: 2023, max: 2025 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom('year', 'month', 'day'),
    )
    .map(([year, month, day, precision]) => {
      const ym = `${year}-${String(month).padStart(2, '0')}`;
      return precision === 'year'
        ? String(year)
        : precision === 'month'
          ? ym
          : `${ym}-${String(day).padStart(2, '0')}`;
    });

  it('does not depend on the order of the evidence', () => {
    const datesAndPermutation = fc
      .array(partialDate, { minLength: 1, maxLength: 6 })
      .chain((dates) =>
        fc.tuple(
          fc.constant(dates),
          fc.shuffledSubarray(dates, { minLength: dates.length, maxLength: dates.length }),
        ),
      );
    fc.assert(
      fc.property(datesAndPermutation, ([dates, permuted]) => {
        expect(mergeDates(permuted)).toBe(mergeDates(dates));
        expect(mergeDateEnds(permuted)).toBe(mergeDateEnds(dates));
      }),
    );
  });

  it('returns one of the dates, and no date refines it', () => {
    fc.assert(
      fc.property(fc.array(partialDate, { minLength: 1, maxLength: 6 }), (dates) => {
        const merged = mergeDates(dates) as string;
        expect(dates).toContain(merged);
        expect(dates.some((date) => refines(date, merged))).toBe(false);
      }),
    );
  });
});

describe('mergeDateEnds', () => {
  it('keeps the latest end, refined when possible', () => {
    expect(mergeDateEnds(['2025-04-24', '2025-04'])).toBe('2025-04-24');
    expect(mergeDateEnds(['2025-04-24', '2025-04-25'])).toBe('2025-04-25');
    expect(mergeDateEnds([])).toBeUndefined();
  });
});

describe('date helpers', () => {
  it.each([
    ['2025', true],
    ['2025-04', true],
    ['2025-04-23', true],
    ['2025-13', false],
    ['2025-04-32', false],
    ['25-04-23', false],
    ['2025-04-23T10:00', false],
  ])('isPartialDate(%s) = %s', (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });

  it('tells precision by shape', () => {
    expect(['2025', '2025-04', '2025-04-23'].map(datePrecision)).toEqual(['year', 'month', 'day']);
  });

  it('refines only within a period, at a higher precision', () => {
    expect(refines('2025-04-23', '2025')).toBe(true);
    expect(refines('2025-04-23', '2025-04')).toBe(true);
    expect(refines('2025', '2025')).toBe(false);
    expect(refines('2025-04', '2025-04-23')).toBe(false);
    expect(refines('2025-04-23', '2024')).toBe(false);
  });
});
