import { FOOTER_MARKERS, SITE_CHROME_LINES, SITE_CHROME_PATTERNS } from './siteChromeLines';

const TRAILING_MARKS = /[\s:»›→…]+$/;

// Chrome lines are short; longer lines are never compared (and never scanned by the patterns).
const MAX_CHROME_LENGTH = 60;
// Footer headlines are one line each; a longer line after a marker is body text.
const MAX_HEADLINE_LENGTH = 160;

function chromeKey(line: string): string {
  return line.trim().toLowerCase().replace(TRAILING_MARKS, '');
}

export function isSiteChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_CHROME_LENGTH) return false;
  const key = chromeKey(trimmed);
  if (key === '') return false;
  return (
    SITE_CHROME_LINES.has(key) || SITE_CHROME_PATTERNS.some(({ pattern }) => pattern.test(key))
  );
}

/**
 * The text without the chrome lines (siteChromeLines.ts) and blank lines at
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
  let body = 0;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (body > 0 && FOOTER_MARKERS.has(chromeKey(line))) {
      const rest = lines.slice(i + 1);
      if (rest.every((l) => l.trim().length <= MAX_HEADLINE_LENGTH)) return i;
    }
    body++;
  }
  return lines.length;
}
