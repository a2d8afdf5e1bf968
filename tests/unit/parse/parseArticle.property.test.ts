import fc from 'fast-check';

import { ArticleError } from '../../../src/ingest/parse/ArticleError';
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import { parseArticles } from '../../../src/ingest/parse/parseArticles';

// Pieces of every input format, so generated inputs reach deep into the readers.
const piece = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    '---\n',
    'date: 2025-09-29\n',
    'title: x\n',
    'url: [\n',
    '{"text": "',
    '"}',
    '[',
    ']',
    '\n',
    '<html><body><p>',
    '</p></body></html>',
    '  • 25 September, 2025\n',
    '  • 20:18\n',
    'NAIROBI, May 6 (Reuters) -- ',
    'Latest News\n',
    'Foreign policy\n',
    '\u0000',
    '\r\n',
    '\ufeff',
    '{"text": "a", "publishedAt": "2025-01-01"}\n',
    'publishedAt',
    '<time datetime="x">',
  ),
);
const textInput = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
const input = fc.oneof(
  textInput,
  fc.string({ maxLength: 500 }),
  fc.uint8Array({ maxLength: 500 }).map((bytes) => Buffer.from(bytes)),
);
const fileName = fc.constantFrom(undefined, 'a.txt', 'a.json', 'a.jsonl', 'a.html', 'a.md', 'a');

describe('parsing arbitrary input', () => {
  it('parseArticle returns an article or throws an ArticleError, quickly', () => {
    fc.assert(
      fc.property(input, fileName, (data, name) => {
        const started = performance.now();
        try {
          const article = parseArticle(data, name === undefined ? {} : { fileName: name });
          expect(article.id).toMatch(/^sha256:[0-9a-f]{64}$/);
          expect(article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}/);
          expect(article.bodyStart).toBeGreaterThanOrEqual(0);
          expect(article.bodyStart).toBeLessThanOrEqual(article.text.length);
          expect(article.text).not.toContain('\r');
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleError);
        }
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 500 },
    );
  });

  it('parseArticles never throws', () => {
    fc.assert(
      fc.property(input, fileName, (data, name) => {
        const items = parseArticles(data, name === undefined ? {} : { fileName: name });
        for (const item of items) {
          if ('error' in item) expect(item.error).toBeInstanceOf(ArticleError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
