import { DATE_RULES } from '../../../src/ingest/dates/dateRules';
import { findDates } from '../../../src/ingest/dates/findDates';

// One example per rule: adding a rule without an example fails the last test.
const EXAMPLES: Record<string, string> = {
  'iso-date': '2025-04-23',
  'numeric-dmy': '23.04.2025',
  'day-range-month': '12–14 March 2023',
  'month-day-range': 'March 12-14',
  'day-month-year': '25 September, 2025',
  'month-day-year': 'September 25, 2025',
  'month-year': 'July 2024',
  'day-month': '3 July',
  'month-day': 'July 3',
  'month-relative': 'last July',
  'month-name': 'in March',
  'weekday-relative': 'last Tuesday',
  weekday: 'on Wednesday',
  'relative-day': 'yesterday',
  'first-months-of-year': 'the first seven months of this year',
  'relative-year': 'this year',
  'relative-month': 'last month',
  'relative-week': 'last week',
  ago: 'two years ago',
  'year-range': '2020-2023',
  year: 'in 2017',
};

describe('the date rule table', () => {
  it('has unique ids, reasons and global patterns', () => {
    const ids = DATE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of DATE_RULES) {
      expect(rule.reason.length).toBeGreaterThan(10);
      expect(rule.pattern.flags).toContain('g');
    }
  });

  it.each(Object.entries(EXAMPLES))('rule %s fires on %j', (id, example) => {
    const rules = findDates(example, '2025-09-25').map((mention) => mention.rule);
    expect(rules).toEqual([id]);
  });

  it('has an example for every rule', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(DATE_RULES.map((rule) => rule.id).sort());
  });
});
