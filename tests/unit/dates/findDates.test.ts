import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DateMention } from '../../../src/ingest/dates/DateMention';
import { findDates } from '../../../src/ingest/dates/findDates';

// Thursday 25 September 2025, the seed's publication date.
const PUB = '2025-09-25T20:18:00';

type Expected = Partial<Omit<DateMention, 'start' | 'end'>> & { value: string };

const found = (text: string, pub = PUB) =>
  findDates(text, pub).map(({ text: surface, value, valueEnd, precision, relative, rule }) => ({
    text: surface,
    value,
    ...(valueEnd === undefined ? {} : { valueEnd }),
    precision,
    relative,
    rule,
  }));

function expectDates(text: string, expected: Expected[], pub = PUB): void {
  const actual = found(text, pub);
  expect(actual).toHaveLength(expected.length);
  expected.forEach((want, index) => expect(actual[index]).toMatchObject(want));
}

describe('findDates: explicit dates', () => {
  it.each<[string, Expected[]]>([
    [
      '25 September, 2025',
      [{ text: '25 September, 2025', value: '2025-09-25', precision: 'day', relative: false }],
    ],
    ['September 25, 2025', [{ text: 'September 25, 2025', value: '2025-09-25', precision: 'day' }]],
    ['It opened on March 9, 2024.', [{ text: 'March 9, 2024', value: '2024-03-09' }]],
    ['They met on 9 March 2024 in Nairobi.', [{ text: '9 March 2024', value: '2024-03-09' }]],
    ['Reuters) 14:05, March 06, 2023', [{ text: 'March 06, 2023', value: '2023-03-06' }]],
    ['signed on Feb. 11, 2025 in Lima', [{ text: 'Feb. 11, 2025', value: '2025-02-11' }]],
    ['on the 9th of March 2024', [{ text: '9th of March 2024', value: '2024-03-09' }]],
    [
      'On Monday, 3 March 2025, talks began.',
      [{ text: 'Monday, 3 March 2025', value: '2025-03-03' }],
    ],
    [
      'in July 2024',
      [{ text: 'July 2024', value: '2024-07', precision: 'month', relative: false }],
    ],
    ['vacant since March 2019', [{ text: 'March 2019', value: '2019-03', precision: 'month' }]],
    ['2017', [{ text: '2017', value: '2017', precision: 'year', relative: false, rule: 'year' }]],
    ['Chile joined in 2019.', [{ text: '2019', value: '2019', precision: 'year' }]],
    ['Relations have existed since 1992 and grew.', [{ text: '1992', value: '1992' }]],
    ['Ambassador: 2025 was fruitful', [{ text: '2025', value: '2025' }]],
    ['It has been fruitful in 2025, she said.', [{ text: '2025', value: '2025' }]],
    ['ahead of the ASEAN Summit 2025.', [{ text: '2025', value: '2025' }]],
    ['the 2025 summit in Lima', [{ text: '2025', value: '2025' }]],
    ['by mid-2024', [{ text: 'mid-2024', value: '2024' }]],
    ['Published 2025-04-23.', [{ text: '2025-04-23', value: '2025-04-23', rule: 'iso-date' }]],
    [
      'Signed on 23.04.2025 in Beijing.',
      [{ text: '23.04.2025', value: '2025-04-23', rule: 'numeric-dmy' }],
    ],
  ])('%j', (text, expected) => expectDates(text, expected));
});

describe('findDates: relative dates resolve against the publication date', () => {
  it.each<[string, Expected[]]>([
    ['this year', [{ text: 'this year', value: '2025', precision: 'year', relative: true }]],
    ['The current year has been fruitful.', [{ text: 'The current year', value: '2025' }]],
    ["double last year's figure", [{ text: 'last year', value: '2024', precision: 'year' }]],
    ['next year', [{ text: 'next year', value: '2026' }]],
    ['earlier this year', [{ text: 'earlier this year', value: '2025' }]],
    ['this month', [{ text: 'this month', value: '2025-09', precision: 'month' }]],
    ['last month', [{ text: 'last month', value: '2025-08', precision: 'month' }]],
    ['today', [{ text: 'today', value: '2025-09-25', precision: 'day' }]],
    ['Yesterday, the ministers met.', [{ text: 'Yesterday', value: '2025-09-24' }]],
    ['tomorrow', [{ text: 'tomorrow', value: '2025-09-26' }]],
    ['met in Quito the previous day', [{ text: 'the previous day', value: '2025-09-24' }]],
    // Thursday publication: "on Wednesday" is the day before, "on Thursday" the same day.
    ['They met on Wednesday.', [{ text: 'Wednesday', value: '2025-09-24', rule: 'weekday' }]],
    ['They met on Thursday.', [{ text: 'Thursday', value: '2025-09-25' }]],
    ['They met on Friday.', [{ text: 'Friday', value: '2025-09-19' }]],
    ['They will meet on Friday.', [{ text: 'Friday', value: '2025-09-26' }]],
    ['last Thursday', [{ text: 'last Thursday', value: '2025-09-18' }]],
    ['next Monday', [{ text: 'next Monday', value: '2025-09-29' }]],
    [
      'last week',
      [{ text: 'last week', value: '2025-09-15', valueEnd: '2025-09-21', precision: 'day' }],
    ],
    ['two years ago', [{ text: 'two years ago', value: '2023', precision: 'year' }]],
    ['3 days ago', [{ text: '3 days ago', value: '2025-09-22', precision: 'day' }]],
    [
      'In the first seven months of this year, trade grew.',
      [
        {
          text: 'the first seven months of this year',
          value: '2025',
          precision: 'year',
          rule: 'first-months-of-year',
        },
      ],
    ],
    [
      'They met in March.',
      [{ text: 'March', value: '2025-03', precision: 'month', relative: true }],
    ],
    ['They met in November.', [{ text: 'November', value: '2024-11' }]],
    ['They will meet in November.', [{ text: 'November', value: '2025-11' }]],
    ['since mid-June', [{ text: 'June', value: '2025-06' }]],
    ['last July', [{ text: 'last July', value: '2025-07', rule: 'month-relative' }]],
    ['last September', [{ text: 'last September', value: '2024-09' }]],
    ['next January', [{ text: 'next January', value: '2026-01' }]],
    ['NAIROBI, May 6 (Reuters) --', [{ text: 'May 6', value: '2025-05-06', relative: true }]],
    ['LIMA, Feb. 11 (AFP) --', [{ text: 'Feb. 11', value: '2025-02-11' }]],
    ['signed a trade pact on June 12 in Quito', [{ text: 'June 12', value: '2025-06-12' }]],
    ['met on 17 December', [{ text: '17 December', value: '2024-12-17' }]],
    ['The summit will be held on October 3.', [{ text: 'October 3', value: '2025-10-03' }]],
    // The weekday picks the year: 9 December is a Tuesday in 2025, not in 2024.
    ['On Tuesday, December 9, talks open.', [{ text: 'Tuesday, December 9', value: '2025-12-09' }]],
  ])('%j', (text, expected) => expectDates(text, expected));

  it('resolves against the given publication date, not the clock', () => {
    expect(found('this year and yesterday', '2019-01-01')).toMatchObject([
      { value: '2019' },
      { value: '2018-12-31' },
    ]);
  });

  it('lets the publication date carry an offset without shifting the day', () => {
    expect(found('yesterday', '2025-01-01T00:30:00+04:00')[0]?.value).toBe('2024-12-31');
  });

  it('drops day-level relative dates when the publication date has no day', () => {
    expect(found('yesterday in 2024', '2025')).toMatchObject([{ value: '2024' }]);
  });

  it('rejects an unreadable publication date', () => {
    expect(() => findDates('this year', 'September 2025')).toThrow(RangeError);
  });
});

describe('findDates: ranges', () => {
  it.each<[string, Expected[]]>([
    [
      'from June 30 to July 2',
      [
        {
          text: 'from June 30 to July 2',
          value: '2025-06-30',
          valueEnd: '2025-07-02',
          precision: 'day',
        },
      ],
    ],
    [
      '12–14 March 2023',
      [{ text: '12–14 March 2023', value: '2023-03-12', valueEnd: '2023-03-14', relative: false }],
    ],
    [
      'March 12-14',
      [{ text: 'March 12-14', value: '2025-03-12', valueEnd: '2025-03-14', relative: true }],
    ],
    [
      'from March 12 to 14, 2023',
      [{ text: 'March 12 to 14, 2023', value: '2023-03-12', valueEnd: '2023-03-14' }],
    ],
    [
      'between 2020 and 2023',
      [{ text: 'between 2020 and 2023', value: '2020', valueEnd: '2023', precision: 'year' }],
    ],
    ['in 2020-2023', [{ text: '2020-2023', value: '2020', valueEnd: '2023' }]],
    ['the 2019–22 plan', [{ text: '2019–22', value: '2019', valueEnd: '2022' }]],
    [
      'from March to May 2024',
      [{ text: 'from March to May 2024', value: '2024-03', valueEnd: '2024-05' }],
    ],
    ['from December 30 to January 2, 2025', [{ value: '2024-12-30', valueEnd: '2025-01-02' }]],
    ['between 3 May 2021 and 4 June 2022', [{ value: '2021-05-03', valueEnd: '2022-06-04' }]],
  ])('%j', (text, expected) => expectDates(text, expected));

  it('keeps two years joined by a bare "and" apart', () => {
    expect(found('Peru joined in 2021 and Chile in 2022.').map((m) => m.value)).toEqual([
      '2021',
      '2022',
    ]);
    expect(found('in 2021 and 2022').map((m) => m.value)).toEqual(['2021', '2022']);
  });
});

describe('findDates: what is not a date', () => {
  it.each([
    'Wednesday the talks continued.',
    'Talks are now under way.',
    'The sides may march together for a second time.',
    'China may sign; troops march; a second round.',
    'trade reached 12 billion dollars',
    'There are 54 members.',
    'the 6th meeting',
    'worth $13.2 billion',
    'the 19th Meeting of the Board',
    '2000 troops were sent',
    'about 2000 km of railway',
    'over 2000 Chinese tourists',
    'UN Security Council Resolution No. 2017',
    'a rise of 2025%',
    'the 1990s',
    'population of 2,025 people',
    'in the past five years',
    'during the past five years exports rose to 48 billion euros ($52 billion)',
    'the 12-article agreement',
    'the 75th anniversary',
    'more than 20 foreign ministers',
    'May the talks succeed.',
    'the Vision 2030 programme',
    'the 2024/25 season',
  ])('%j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('findDates: offsets', () => {
  it('adds the offset so positions point into the article', () => {
    const sentence = 'Xi met Aliyev on Wednesday in 2024.';
    const offset = 1000;
    const mentions = findDates(sentence, PUB, offset);
    expect(mentions).toHaveLength(2);
    for (const mention of mentions) {
      expect(sentence.slice(mention.start - offset, mention.end - offset)).toBe(mention.text);
    }
  });

  it('returns mentions in text order without overlaps', () => {
    const mentions = findDates('From 2019 to 2022, then on 9 March 2024 and last year.', PUB);
    expect(mentions.map((m) => m.text)).toEqual(['From 2019 to 2022', '9 March 2024', 'last year']);
  });
});

describe('findDates on the seed article', () => {
  const seed = readFileSync(
    join(__dirname, '../../../data/samples/seed-report-az-2025-09-25.txt'),
    'utf8',
  );

  it('finds every date of the seed, resolved', () => {
    expect(findDates(seed, PUB).map((m) => `${m.text}=${m.value}`)).toEqual([
      '2025=2025',
      '25 September, 2025=2025-09-25',
      '2025=2025',
      'The current year=2025',
      'this year=2025',
      '2025=2025',
      'This year=2025',
      'the first seven months of this year=2025',
      'last year=2024',
    ]);
  });
});
