import fc from 'fast-check';

import { findDates } from '../../../src/ingest/dates/findDates';

// Fragments that make date-like text more likely than uniform characters do.
const fragment = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'July',
    'May',
    'Aug.',
    'on',
    'Wednesday',
    'in',
    'March',
    '2025',
    '1999',
    '3',
    '31',
    '-',
    '–',
    'to',
    'from',
    'between',
    'and',
    'this year',
    'last',
    'week',
    'ago',
    'two',
    ',',
    '.',
    ' ',
    '\n',
    'the first',
    'months of',
    'will',
    '2025-04-23',
    '23.04.2025',
    'mid-',
    '$',
  ),
);
const dateText = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));
const publishedAt = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2090-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe('findDates properties', () => {
  it('never throws and keeps offsets inside the text, ordered and apart', () => {
    fc.assert(
      fc.property(
        fc.oneof(dateText, fc.string({ maxLength: 300 })),
        publishedAt,
        fc.nat(5000),
        (text, pub, offset) => {
          const mentions = findDates(text, pub, offset);
          let previousEnd = offset;
          for (const mention of mentions) {
            expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
            expect(mention.end).toBeGreaterThan(mention.start);
            expect(mention.end).toBeLessThanOrEqual(offset + text.length);
            expect(text.slice(mention.start - offset, mention.end - offset)).toBe(mention.text);
            expect(mention.value).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
            if (mention.valueEnd !== undefined) expect(mention.valueEnd > mention.value).toBe(true);
            previousEnd = mention.end;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
