import { addDays, formatPartialDate, weekdayOf } from '../../../src/ingest/dates/calendarDate';
import { articleYear } from '../../../src/ingest/dates/articleYear';
import { parsePublicationDate } from '../../../src/ingest/dates/publicationDate';
import {
  resolveMonth,
  resolveMonthDay,
  resolveWeek,
  resolveWeekday,
  shiftMonth,
} from '../../../src/ingest/dates/resolveRelative';

// Thursday 25 September 2025.
const PUB = { year: 2025, month: 9, day: 25 };
const iso = (date: { year: number; month?: number; day?: number } | undefined) =>
  date === undefined ? undefined : formatPartialDate(date);

describe('resolveWeekday', () => {
  it.each([
    // weekday (0 = Sunday), direction, strict, expected
    [3, 'past', false, '2025-09-24'],
    [4, 'past', false, '2025-09-25'],
    [4, 'past', true, '2025-09-18'],
    [5, 'past', false, '2025-09-19'],
    [5, 'future', false, '2025-09-26'],
    [4, 'future', true, '2025-10-02'],
    [1, 'future', false, '2025-09-29'],
  ] as const)('weekday %i %s strict=%s → %s', (weekday, direction, strict, expected) => {
    expect(iso(resolveWeekday(weekday, PUB, { direction, strict }))).toBe(expected);
  });
});

describe('resolveMonthDay', () => {
  it.each([
    [7, 3, 'past', '2025-07-03'],
    [9, 25, 'past', '2025-09-25'],
    [12, 17, 'past', '2024-12-17'],
    [12, 17, 'future', '2025-12-17'],
    [1, 5, 'future', '2026-01-05'],
    [2, 29, 'past', '2024-02-29'],
    [2, 29, 'future', '2028-02-29'],
  ] as const)('%i/%i %s → %s', (month, day, direction, expected) => {
    expect(iso(resolveMonthDay(month, day, PUB, { direction }))).toBe(expected);
  });

  it('finds no date for an impossible day', () => {
    expect(resolveMonthDay(4, 31, PUB, { direction: 'past' })).toBeUndefined();
  });
});

describe('resolveMonth', () => {
  it.each([
    [3, 'past', false, '2025-03'],
    [9, 'past', false, '2025-09'],
    [9, 'past', true, '2024-09'],
    [11, 'past', false, '2024-11'],
    [11, 'future', false, '2025-11'],
    [2, 'future', false, '2026-02'],
    [9, 'future', true, '2026-09'],
  ] as const)('month %i %s strict=%s → %s', (month, direction, strict, expected) => {
    expect(iso(resolveMonth(month, PUB, { direction, strict }))).toBe(expected);
  });
});

describe('calendar helpers', () => {
  it('shifts months across years', () => {
    expect(iso(shiftMonth({ year: 2025, month: 1 }, -1))).toBe('2024-12');
    expect(iso(shiftMonth({ year: 2025, month: 12 }, 1))).toBe('2026-01');
    expect(iso(shiftMonth({ year: 2025, month: 3 }, -15))).toBe('2023-12');
  });

  it('gives Monday..Sunday weeks', () => {
    const [monday, sunday] = resolveWeek(PUB, 0);
    expect([iso(monday), iso(sunday)]).toEqual(['2025-09-22', '2025-09-28']);
    expect(weekdayOf(monday)).toBe(1);
    const [lastMonday] = resolveWeek({ year: 2025, month: 9, day: 22 }, -1);
    expect(iso(lastMonday)).toBe('2025-09-15');
  });

  it('adds days across month and year ends', () => {
    expect(iso(addDays({ year: 2024, month: 12, day: 31 }, 1))).toBe('2025-01-01');
    expect(iso(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
  });

  it('reads the publication date and its year', () => {
    expect(parsePublicationDate('2025-09-25T20:18:00+04:00')).toEqual(PUB);
    expect(parsePublicationDate('2025-09')).toEqual({ year: 2025, month: 9 });
    expect(articleYear('2025-09-25T20:18:00')).toBe(2025);
    expect(() => parsePublicationDate('2025-02-30')).toThrow(RangeError);
    expect(() => articleYear('yesterday')).toThrow(RangeError);
  });
});
