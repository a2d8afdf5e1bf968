import { chromeKey, MAX_CHROME_LENGTH, siteChrome } from './siteChromeLines';

// Footer headlines are one line each; a longer line after a marker is body text.
const MAX_HEADLINE_LENGTH = 160;

export function isSiteChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(trimmed);
  if (key === '') return false;
  const { lines, patterns } = siteChrome();
  return lines.has(key) || patterns.some(({ pattern }) => pattern.test(key));
}

/**
 * The text without the chrome lines (data/parse/siteChrome.json) and blank lines at
 * its start and end. Everything between the first and the last content line
 * is kept byte for byte.
 */
export function stripSiteChrome(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && isSkippable(lines[first] ?? '')) first++;
  let last = footerStart(lines, first) - 1;
  while (last >= first && isSkippable(lines[last] ?? '')) last--;
  if (first > last) return '';
  return lines
    .slice(first, last + 1)
    .join('\n')
    .trimEnd();
}

function isSkippable(line: string): boolean {
  return line.trim() === '' || isSiteChromeLine(line);
}

/**
 * Index of the footer marker line after the body ("Latest News" followed only
 * by other stories' headlines), or lines.length when there is none.
 */
function footerStart(lines: readonly string[], first: number): number {
  const { footerMarkers } = siteChrome();
  let body = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (body > 0 && footerMarkers.has(chromeKey(line))) {
      const rest = lines.slice(i + 1);
      if (rest.every((l) => l.trim().length <= MAX_HEADLINE_LENGTH)) return i;
    }
    body++;
  }
  return lines.length;
}
