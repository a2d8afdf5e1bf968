import { isSiteChromeLine, stripSiteChrome } from '../../../src/ingest/parse/stripSiteChrome';

describe('stripSiteChrome', () => {
  it.each([
    ['Body text.\n\nLatest News\n\nAll News Feed', 'Body text.'],
    ['Body text.\nRead more »\nShare\n© 2025 Example News\n', 'Body text.'],
    ['Home\nShare\nTitle\n\nBody.', 'Title\n\nBody.'],
    ['\n\n  Title\n\nBody.  \n\n', '  Title\n\nBody.'],
    ['Body.\n\nShare this article:\n\nMore text.', 'Body.\n\nShare this article:\n\nMore text.'],
    ['Latest News\nShare', ''],
    // A footer marker after the body drops the other stories' headlines after it.
    ['Body.\n\nLatest News\n\nMinister opens a bridge\n\nAll News Feed', 'Body.'],
    ['Body.\nRelated news\nRain expected in the north', 'Body.'],
    // A marker followed by a long paragraph is inside the article.
    [
      `Body.\nRead more\n${'Long paragraph text. '.repeat(10)}`,
      `Body.\nRead more\n${'Long paragraph text. '.repeat(10).trimEnd()}`,
    ],
  ])('%j', (input, expected) => {
    expect(stripSiteChrome(input)).toBe(expected);
  });

  it.each([
    ['Latest News', true],
    ['  READ MORE:  ', true],
    ['Follow us on Telegram', true],
    ['Copyright © 2025 Example', true],
    ['Latest news from the summit', false],
    ['Share prices rose.', false],
    ['', false],
  ])('%j is chrome: %s', (line, expected) => {
    expect(isSiteChromeLine(line)).toBe(expected);
  });
});
