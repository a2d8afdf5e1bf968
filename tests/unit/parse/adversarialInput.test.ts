// Inputs built to make backtracking regexes or pairwise loops go quadratic.
// At 50 KB a quadratic step takes many seconds; the linear code takes
// milliseconds (dates: a few hundred for tens of thousands of mentions).
import { findDates } from '../../../src/ingest/dates/findDates';
import { ArticleError } from '../../../src/ingest/parse/ArticleError';
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import { splitSentences } from '../../../src/ingest/parse/splitSentences';

const SIZE = 50_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

const INPUTS: Record<string, string> = {
  'a run of dots': `${'.'.repeat(SIZE)}x`,
  'a run of spaces inside a line': `a${' '.repeat(SIZE)}x in March`,
  'a run of exclamation marks': `${'!'.repeat(SIZE)}x`,
  'quotes after dots': `${repeat('."')}x`,
  'blank lines': `${'\n'.repeat(SIZE)}x`,
  'bullets before a date': `${'•'.repeat(SIZE)} 3 May 2024`,
  'dashes between days': `3${'-'.repeat(SIZE)}4 May`,
  'many month names': repeat('in March '),
  'many yearless dates in a future clause': repeat('will May 6 '),
  'many years': repeat('2025 '),
  abbreviations: repeat('On Tuesday, December 9, 2025 Mr. U.S. '),
};

describe.each(Object.entries(INPUTS))('%s', (_name, text) => {
  const within = (run: () => unknown) => {
    const started = performance.now();
    run();
    return performance.now() - started;
  };

  it('is parsed in linear time', () => {
    const elapsed = within(() => {
      try {
        parseArticle(`---\ndate: 2025-01-01\n---\n${text}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ArticleError);
      }
    });
    expect(elapsed).toBeLessThan(2000);
  });

  it('is split into sentences in linear time', () => {
    expect(within(() => splitSentences(text))).toBeLessThan(2000);
  });

  it('has its dates found in linear time', () => {
    expect(within(() => findDates(text, '2025-09-25'))).toBeLessThan(2000);
  });
});
