import { isSiteChromeLine, stripSiteChrome } from '../../../src/ingest/parse/stripSiteChrome';

describe('stripSiteChrome', () => {
  it.each([
    ['Body text.\n\nLatest News\n\nAll News Feed', 'Body text.'],
    ['Body text.\nRead more »\nShare\n© 2025 Example News\n', 'Body text.'],
    ['Home\nShare\nTitle\n\nBody.', 'Title\n\nBody.'],
    ['\n\n  Title\n\nBody.  \n\n', '  Title\n\nBody.'],
    ['Body.\n\nShare this article:\n\nMore text.', 'Body.\n\nShare this article:\n\nMore text.'],
    ['Latest News\nShare', ''],
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
