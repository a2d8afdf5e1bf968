import { formatDateTime } from '../../../src/ingest/parse/dateTimeParts';
import { readTextHeader } from '../../../src/ingest/parse/readTextHeader';

const read = (text: string, knownTitle?: string) => {
  const header = readTextHeader(text, knownTitle);
  return {
    title: header.title,
    section: header.section,
    date: header.date && formatDateTime(header.date),
    body: text.slice(header.bodyStart, header.bodyStart + 12),
  };
};

describe('readTextHeader', () => {
  it.each([
    [
      'seed layout',
      'Talks in Oslo\n\nWorld\n  • 4 March, 2025\n  • 09:15\nTalks in Oslo\n\nThe ministers met.',
      {
        title: 'Talks in Oslo',
        section: 'World',
        date: '2025-03-04T09:15:00',
        body: 'The minister',
      },
    ],
    [
      'agency date line after the headline',
      'Talks in Oslo\n\nNewswire) 14:05, March 06, 2023\n\nThe ministers met.',
      { title: 'Talks in Oslo', section: null, date: '2023-03-06T14:05:00', body: 'The minister' },
    ],
    [
      'published line with a time',
      'Talks in Oslo\nPublished: 25 September 2025, 14:02\nThe ministers met.',
      { title: 'Talks in Oslo', date: '2025-09-25T14:02:00', body: 'The minister' },
    ],
    [
      'headline and body only',
      'Talks in Oslo\n\nThe ministers met.\n\nThey agreed.',
      { title: 'Talks in Oslo', date: null, body: 'The minister' },
    ],
    [
      'a lead paragraph is not a headline',
      'The ministers met in Oslo on Monday.\n\nThey agreed.',
      { title: null, date: null, body: 'The minister' },
    ],
    [
      'a headline needs something after it',
      'Talks in Oslo',
      { title: null, date: null, body: 'Talks in Osl' },
    ],
    [
      'a dateline paragraph is not a headline',
      'OSLO, March 4 (Newswire) -- The ministers met.\n\nThey agreed.',
      { title: null, date: null, body: 'OSLO, March ' },
    ],
    [
      'a section needs a date line after it',
      'Talks in Oslo\n\nWorld\n\nThe ministers met.',
      { title: 'Talks in Oslo', section: null, body: 'World\n\nThe m' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it('recognises a headline known from metadata even when it ends like a sentence', () => {
    expect(read('Talks end.\nThe ministers met.', 'Talks end.')).toMatchObject({
      title: 'Talks end.',
      body: 'The minister',
    });
  });

  it('keeps a date line without a year for the error message', () => {
    const header = readTextHeader('Talks in Oslo\n\n  • 4 March\n\nThe ministers met.');
    expect(header.date).toBeNull();
    expect(header.yearless).toBe('4 March');
  });
});
