import { formatDateTime } from '../../../src/ingest/parse/dateTimeParts';
import { readHtmlPage } from '../../../src/ingest/parse/readHtmlPage';
import { fixture } from './fixtures';

const paragraphs = [
  'Ministers of Chile and Peru met in Lima on Tuesday to discuss the shared border and trade.',
  'The two countries agreed to open two new border crossings and to hold talks again next year.',
  'Both sides described the meeting as constructive, and officials said a joint commission would follow up.',
].map((text) => `<p>${text}</p>`);

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readHtmlPage', () => {
  it('reads the saved page fixture', () => {
    const fields = readHtmlPage(fixture('page-norway-chile.html').toString('utf8'));
    expect({
      ...fields,
      publishedAt: fields.publishedAt && formatDateTime(fields.publishedAt),
    }).toMatchObject({
      title: 'Norway and Chile sign fisheries pact',
      url: 'https://example.org/world/norway-chile-fisheries',
      source: 'Example Nordic News',
      section: 'World',
      publishedAt: '2025-03-05T11:40:00+01:00',
    });
    expect(fields.text.split('\n\n')).toHaveLength(4);
  });

  it.each([
    [
      'JSON-LD inside @graph',
      '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-02-03T10:00:00Z"}]}</script>',
      '',
      '2024-02-03T10:00:00Z',
    ],
    [
      'a <time datetime> element',
      '',
      '<time datetime="2024-02-03">3 February</time>',
      '2024-02-03',
    ],
    [
      'an unreadable meta date skipped for the next source',
      '<meta property="article:published_time" content="soon"><meta name="date" content="2024-02-03">',
      '',
      '2024-02-03',
    ],
    ['no date at all', '', '', undefined],
  ])('finds the date in %s', (_name, head, extra, expected) => {
    const fields = readHtmlPage(
      page(`<title>Talks</title>${head}`, `<article>${extra}${paragraphs.join('')}</article>`),
    );
    expect(fields.publishedAt && formatDateTime(fields.publishedAt)).toBe(expected);
  });

  it('takes the title from <title> when there is no og:title', () => {
    const fields = readHtmlPage(
      page(
        '<title>Chile and Peru agree on border</title>',
        `<article>${paragraphs.join('')}</article>`,
      ),
    );
    expect(fields.title).toMatch(/Chile and Peru agree on border/);
  });

  it('falls back to the body without chrome when Readability finds no article', () => {
    const fields = readHtmlPage(
      page(
        '<title>Short</title>',
        '<nav>Home | World</nav><p>Chile and Peru met.</p><footer>Subscribe</footer>',
      ),
    );
    expect(fields.text).toBe('Chile and Peru met.');
  });

  it('keeps line breaks from <br> and drops scripts', () => {
    const fields = readHtmlPage(
      page(
        '',
        '<div><p>First line<br>second line</p><script>var x = 1;</script><p>Next paragraph.</p></div>',
      ),
    );
    expect(fields.text).toBe('First line\nsecond line\n\nNext paragraph.');
  });
});
