import { articleId } from '../../../src/ingest/parse/articleId';
import { ArticleError } from '../../../src/ingest/parse/ArticleError';
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import type { Article } from '../../../src/ingest/types';
import { fixture } from './fixtures';

function expectArticleError(run: () => unknown, code: string, message?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ArticleError);
  expect((thrown as ArticleError).code).toBe(code);
  if (message) expect((thrown as ArticleError).message).toMatch(message);
}

const bodyOf = (article: Article) => article.text.slice(article.bodyStart);

describe('parseArticle: formats', () => {
  it.each<[string, Partial<Article>, string]>([
    [
      'news-site-norway-chile.txt',
      {
        title: 'Norway and Chile agree to deepen polar research ties',
        section: 'Foreign policy',
        publishedAt: '2025-03-04T09:15:00',
        source: 'Nordic Wire',
        url: null,
      },
      'Norway and Chile have agreed',
    ],
    [
      'front-matter-kenya-brazil.txt',
      {
        title: 'Kenya and Brazil sign biofuels memorandum',
        section: 'Diplomacy',
        publishedAt: '2024-06-12',
        source: 'Example Wire',
        url: 'https://example.org/world/kenya-brazil-biofuels',
      },
      'NAIROBI, June 11',
    ],
    [
      'article-peru-japan.json',
      {
        title: 'Peru and Japan mark 150 years of diplomatic relations',
        publishedAt: '2023-08-21T18:30:00-05:00',
        source: 'Example Andes',
        url: 'https://example.org/peru-japan-150',
        section: null,
      },
      'LIMA, August 21, 2023',
    ],
    [
      'page-norway-chile.html',
      {
        title: 'Norway and Chile sign fisheries pact',
        publishedAt: '2025-03-05T11:40:00+01:00',
        source: 'Example Nordic News',
        section: 'World',
        url: 'https://example.org/world/norway-chile-fisheries',
      },
      'Norway and Chile signed an agreement',
    ],
    [
      'caption-dateline-fiji.txt',
      {
        title: 'Fiji and New Zealand leaders review climate finance',
        // The date line under the photo caption; FJT is UTC+12.
        publishedAt: '2025-02-11T09:40:00+12:00',
      },
      'Prime Minister Sitiveni Example',
    ],
    [
      'dateline-with-year.txt',
      { title: null, publishedAt: '2024-05-02', source: null },
      'WELLINGTON, May 2, 2024',
    ],
  ])('%s', (name, expected, bodyStartsWith) => {
    const article = parseArticle(fixture(name), { fileName: name });
    expect(article).toMatchObject(expected);
    expect(bodyOf(article).startsWith(bodyStartsWith)).toBe(true);
    expect(article.id).toBe(articleId(article.text));
  });

  it('drops trailing site chrome from plain text but keeps the rest byte for byte', () => {
    const raw = fixture('news-site-norway-chile.txt').toString('utf8');
    const article = parseArticle(raw);
    expect(article.text).not.toMatch(/Latest News|All News Feed/);
    expect(raw.startsWith(article.text)).toBe(true);
    expect(article.text.endsWith('agreed to meet again in Santiago in November.')).toBe(true);
  });

  it('stores the text after the front matter', () => {
    const article = parseArticle(fixture('front-matter-kenya-brazil.txt'));
    expect(article.text.startsWith('NAIROBI, June 11 (Example Wire)')).toBe(true);
    expect(article.text).not.toMatch(/^---|Share|Read more/m);
  });

  it('keeps JSON text as given (line endings normalised)', () => {
    const article = parseArticle(fixture('article-peru-japan.json'));
    expect(article.text.endsWith('Latest News')).toBe(true);
  });

  it('keeps navigation, sidebars and footers of HTML pages out of the text', () => {
    const article = parseArticle(fixture('page-norway-chile.html'));
    expect(article.text).toContain('it will be reviewed in 2027.');
    expect(article.text).toContain('\n\n');
    expect(article.text).not.toMatch(/Sport|Most read|Ferry prices|All rights reserved|Subscribe/);
  });

  it('picks the format by file name, else by content', () => {
    const text = fixture('front-matter-kenya-brazil.txt');
    expect(parseArticle(text, { fileName: 'kenya.md' }).title).toBe(
      'Kenya and Brazil sign biofuels memorandum',
    );
    const json = fixture('article-peru-japan.json');
    expect(parseArticle(json).source).toBe('Example Andes');
    expectArticleError(() => parseArticle('not json', { fileName: 'x.json' }), 'BAD_JSON');
  });

  it('normalises CRLF line endings so offsets and ids match', () => {
    const lf = fixture('news-site-norway-chile.txt').toString('utf8');
    const crlf = parseArticle(lf.replace(/\n/g, '\r\n'));
    expect(crlf.text).not.toContain('\r');
    expect(crlf.id).toBe(parseArticle(lf).id);
    expect(crlf.bodyStart).toBe(parseArticle(lf).bodyStart);
  });

  it('gives the same id to the same article with other whitespace', () => {
    const lf = fixture('dateline-with-year.txt').toString('utf8');
    expect(parseArticle(lf.replace(/ /g, '  ')).id).toBe(parseArticle(lf).id);
    expect(parseArticle(lf.replace('Samoa', 'Tonga')).id).not.toBe(parseArticle(lf).id);
  });
});

describe('parseArticle: publication date', () => {
  const body = 'Ministers of Chile and Peru met in Lima.\n\nThey discussed trade.';

  it('prefers metadata over the text', () => {
    const text = `---\ndate: 2024-01-02\n---\nQUITO, March 5, 2023 -- ${body}`;
    expect(parseArticle(text).publishedAt).toBe('2024-01-02');
  });

  it("adds the text's time to a metadata date of the same day", () => {
    const sameDay = `---\ndate: 2023-03-06\n---\nHeadline of the day\n\nReuters) 14:05, March 06, 2023\n\n${body}`;
    expect(parseArticle(sameDay).publishedAt).toBe('2023-03-06T14:05:00');
    const otherDay = sameDay.replace('date: 2023-03-06', 'date: 2023-03-07');
    expect(parseArticle(otherDay).publishedAt).toBe('2023-03-07');
  });

  it.each([
    ['2025-09-29', '2025-09-29'],
    ['2025-09-29T10:00:00+04:00', '2025-09-29T10:00:00+04:00'],
    ['"2025-09-29T10:00:00Z"', '2025-09-29T10:00:00Z'],
    ['2025-09-29 10:00', '2025-09-29T10:00:00'],
    ['September 29, 2025', '2025-09-29'],
  ])('reads front-matter date %s', (value, expected) => {
    expect(parseArticle(`---\ndate: ${value}\n---\n${body}`).publishedAt).toBe(expected);
  });

  it('falls back to defaults, never to the clock', () => {
    expectArticleError(() => parseArticle(body), 'NO_DATE', /add a `date:` front-matter line/);
    expect(parseArticle(body, { defaults: { publishedAt: '2022-02-02' } }).publishedAt).toBe(
      '2022-02-02',
    );
  });

  it('names a dateline without a year in the NO_DATE message', () => {
    expectArticleError(
      () => parseArticle(fixture('dateline-without-year.txt')),
      'NO_DATE',
      /"October 9" without a year/,
    );
  });

  it.each(['2025-13-01', '2025-02-30', 'soon', '2025'])(
    'rejects date %j with BAD_DATE',
    (value) => {
      expectArticleError(() => parseArticle(`---\ndate: "${value}"\n---\n${body}`), 'BAD_DATE');
    },
  );
});

describe('parseArticle: errors', () => {
  it.each<[string, Buffer | string, string]>([
    ['empty', '', 'EMPTY'],
    ['whitespace only', ' \n\t\n ', 'EMPTY'],
    ['only site chrome', 'Latest News\n\nAll News Feed\n', 'EMPTY'],
    ['header without a body', 'A headline\n\n  • 4 March, 2025\n', 'EMPTY'],
    ['binary', fixture('binary.bin'), 'BINARY'],
    ['NUL in a string', 'Ministers met\u0000 in Oslo', 'BINARY'],
    ['Latin-1 bytes', fixture('latin1-not-utf8.txt'), 'NOT_UTF8'],
    ['UTF-16', Buffer.from('\ufeffMinisters met', 'utf16le'), 'NOT_UTF8'],
    ['unclosed front matter', '---\ndate: 2025-01-01\nMinisters met.', 'BAD_FRONT_MATTER'],
    ['broken YAML', '---\ndate: [2025\n---\nMinisters met.', 'BAD_FRONT_MATTER'],
    ['YAML list', '---\n- a\n- b\n---\nMinisters met.', 'BAD_FRONT_MATTER'],
    ['title of the wrong type', '---\ntitle: [a, b]\n---\nMinisters met.', 'BAD_FRONT_MATTER'],
    ['bad JSON', '{"text": ', 'BAD_JSON'],
    ['JSON that is not an object', '[42]', 'BAD_JSON'],
    ['JSON without text', '{"title": "x", "publishedAt": "2025-01-01"}', 'BAD_FIELD'],
    ['JSON text of the wrong type', '{"text": 5}', 'BAD_FIELD'],
    ['several JSON articles', '[{"text": "a"}, {"text": "b"}]', 'MULTIPLE_ARTICLES'],
  ])('%s → %s', (_name, input, code) => {
    expectArticleError(() => parseArticle(input), code);
  });

  it('enforces the size limit', () => {
    const text = `---\ndate: 2025-01-01\n---\n${'Ministers met in Oslo. '.repeat(100)}`;
    expectArticleError(() => parseArticle(text, { maxBytes: 1000 }), 'TOO_LARGE', /over the limit/);
    expect(parseArticle(text, { maxBytes: 10_000 }).publishedAt).toBe('2025-01-01');
    expectArticleError(() => parseArticle('x'.repeat(1024 * 1024 + 1)), 'TOO_LARGE');
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      fixture('dateline-with-year.txt'),
    ]);
    expect(parseArticle(bytes).text.startsWith('WELLINGTON')).toBe(true);
  });

  it('gives every error a stable code and a message', () => {
    try {
      parseArticle('');
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as ArticleError).name).toBe('ArticleError');
      expect((error as ArticleError).message).toBe('article text is empty');
    }
    expect.assertions(3);
  });
});
