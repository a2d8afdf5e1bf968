import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataPath } from '../../../src/ingest/dataFile';
import { loadSiteChrome, siteChrome } from '../../../src/ingest/parse/siteChromeLines';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-chrome-'));

function fileWith(content: unknown): string {
  const file = join(dir, `chrome-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const valid = { doc: 'd', lines: ['read more'], patterns: [], footerMarkers: ['latest news'] };

describe('data/parse/siteChrome.json', () => {
  it('loads through its schema', () => {
    const chrome = loadSiteChrome(dataPath('parse/siteChrome.json'));
    expect(chrome.lines.has('share this article')).toBe(true);
    expect(chrome.footerMarkers.has('latest news')).toBe(true);
    expect(chrome.patterns.every(({ pattern }) => pattern instanceof RegExp)).toBe(true);
    expect(siteChrome().lines.size).toBe(chrome.lines.size);
  });

  it('refuses a malformed entry, naming the file and the entry', () => {
    const file = fileWith({
      ...valid,
      lines: ['read more', 'Read More »', 'x'.repeat(61)],
      patterns: [{ pattern: '^share (', reason: 'share button' }],
    });
    const load = () => loadSiteChrome(file);
    expect(load).toThrow(file);
    expect(load).toThrow(/lines\[1\] "Read More »": not written as compared/);
    expect(load).toThrow(/lines\[2\] "x{61}": longer than 60 characters/);
    expect(load).toThrow(/patterns\[0\]\.pattern "\^share \(": .*Invalid regular expression/);
  });

  it('refuses a missing list, an unknown field and a file that is not JSON', () => {
    expect(() => loadSiteChrome(fileWith({ doc: 'd', lines: [], patterns: [] }))).toThrow(
      /footerMarkers/,
    );
    expect(() => loadSiteChrome(fileWith({ ...valid, lnies: [] }))).toThrow(/lnies/);
    const broken = fileWith('{"lines": [');
    expect(() => loadSiteChrome(broken)).toThrow(`${broken} is not valid`);
  });
});
