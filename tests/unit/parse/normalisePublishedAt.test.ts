import { ArticleError } from '../../../src/ingest/parse/ArticleError';
import { formatDateTime } from '../../../src/ingest/parse/dateTimeParts';
import { normalisePublishedAt } from '../../../src/ingest/parse/normalisePublishedAt';

const iso = (value: unknown) => formatDateTime(normalisePublishedAt(value));

describe('normalisePublishedAt', () => {
  it.each([
    ['2025-09-25', '2025-09-25'],
    ['2025-09-25T20:18', '2025-09-25T20:18:00'],
    ['2025-09-25T20:18:07', '2025-09-25T20:18:07'],
    ['2025-09-25T20:18:07.123Z', '2025-09-25T20:18:07Z'],
    ['2025-09-25T20:18:00+04:00', '2025-09-25T20:18:00+04:00'],
    ['2025-09-25T20:18:00+0400', '2025-09-25T20:18:00+04:00'],
    ['2025-09-25T20:18:00-05:30', '2025-09-25T20:18:00-05:30'],
    ['2025-09-25 20:18', '2025-09-25T20:18:00'],
    ['  2025-09-25  ', '2025-09-25'],
    ['September 25, 2025', '2025-09-25'],
    ['25 September 2025, 20:18', '2025-09-25T20:18:00'],
    ['Thu, 25 Sep 2025 16:18:00 GMT', '2025-09-25T16:18:00+00:00'],
    ['09:41 JST, March 14, 2024', '2024-03-14T09:41:00+09:00'],
  ])('%j → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  it('reads Date objects as UTC', () => {
    expect(iso(new Date(Date.UTC(2025, 8, 25, 16, 18)))).toBe('2025-09-25T16:18:00Z');
  });

  it.each([
    '',
    'soon',
    '2025',
    '2025-09',
    '2025-02-30',
    '2025-09-25T25:00',
    'September 2025',
    42,
    null,
    {},
  ])('rejects %j', (input) => {
    expect(() => normalisePublishedAt(input)).toThrow(ArticleError);
    try {
      normalisePublishedAt(input);
    } catch (error) {
      expect((error as ArticleError).code).toBe('BAD_DATE');
    }
  });
});
