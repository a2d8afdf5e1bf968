import {
  isParseFailure,
  parseArticles,
  type ParsedItem,
} from '../../../src/ingest/parse/parseArticles';
import { fixture } from './fixtures';

const summary = (items: ParsedItem[]) =>
  items.map((item) =>
    isParseFailure(item)
      ? { code: item.error.code, line: item.line, index: item.index }
      : { title: item.title, publishedAt: item.publishedAt },
  );

describe('parseArticles', () => {
  it('parses JSON Lines item by item; a bad line does not stop the others', () => {
    const items = parseArticles(fixture('articles-mixed.jsonl'), {
      fileName: 'articles-mixed.jsonl',
    });
    expect(summary(items)).toEqual([
      { title: 'Ghana and Vietnam discuss cashew trade', publishedAt: '2024-10-17' },
      { code: 'BAD_JSON', line: 2, index: 1 },
      { code: 'NO_DATE', line: 3, index: 2 },
      { title: 'Mongolia and Austria sign a tourism accord', publishedAt: '2025-02-03' },
    ]);
    const broken = items[1];
    expect(broken && isParseFailure(broken) && broken.error.message).toMatch(/line 2/);
  });

  it('recognises JSON Lines without a file name', () => {
    const items = parseArticles(fixture('articles-mixed.jsonl'));
    expect(items).toHaveLength(4);
    expect(items.filter(isParseFailure)).toHaveLength(2);
  });

  it('parses JSON arrays', () => {
    const input = JSON.stringify([
      { text: 'Chile and Peru met in Lima.', publishedAt: '2024-01-02', title: 'One' },
      { text: 'Chile and Peru met again.', date: '2024-01-03' },
      'not an article',
      { text: '', publishedAt: '2024-01-04' },
    ]);
    expect(summary(parseArticles(input))).toEqual([
      { title: 'One', publishedAt: '2024-01-02' },
      { title: null, publishedAt: '2024-01-03' },
      { code: 'BAD_JSON', index: 2 },
      { code: 'EMPTY', index: 3 },
    ]);
  });

  it('gives the one article of any other format', () => {
    const items = parseArticles(fixture('news-site-norway-chile.txt'));
    expect(summary(items)).toEqual([
      {
        title: 'Norway and Chile agree to deepen polar research ties',
        publishedAt: '2025-03-04T09:15:00',
      },
    ]);
    expect(summary(parseArticles(fixture('dateline-without-year.txt')))).toEqual([
      { code: 'NO_DATE', index: 0 },
    ]);
  });

  it('reports whole-input failures as one item instead of throwing', () => {
    expect(summary(parseArticles(fixture('binary.bin')))).toEqual([{ code: 'BINARY', index: 0 }]);
    expect(summary(parseArticles(''))).toEqual([{ code: 'EMPTY', index: 0 }]);
    expect(summary(parseArticles('{"text": "x"}\n'.repeat(10), { maxTotalBytes: 50 }))).toEqual([
      { code: 'TOO_LARGE', index: 0 },
    ]);
  });

  it('applies the per-article size limit to each item', () => {
    const big = JSON.stringify({ text: 'word '.repeat(100), date: '2024-01-01' });
    const small = JSON.stringify({ text: 'Chile and Peru met.', date: '2024-01-01' });
    expect(
      summary(parseArticles(`${big}\n${small}\n`, { maxBytes: 200 })).map((i) =>
        'code' in i ? i.code : 'ok',
      ),
    ).toEqual(['TOO_LARGE', 'ok']);
  });

  it('uses defaults for what items lack', () => {
    const items = parseArticles('{"text": "Chile and Peru met."}\n{"text": "Again."}\n', {
      defaults: { publishedAt: '2020-05-05', source: 'Example Feed' },
    });
    expect(items.map((item) => !isParseFailure(item) && [item.publishedAt, item.source])).toEqual([
      ['2020-05-05', 'Example Feed'],
      ['2020-05-05', 'Example Feed'],
    ]);
  });
});
