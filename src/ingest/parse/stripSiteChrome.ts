import { SITE_CHROME_LINES, SITE_CHROME_PATTERNS } from './siteChromeLines';

const TRAILING_MARKS = /[\s:»›→…]+$/;

// Chrome lines are short; longer lines are never compared (and never scanned by the patterns).
const MAX_CHROME_LENGTH = 60;

export function isSiteChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_CHROME_LENGTH) return false;
  const key = trimmed.toLowerCase().replace(TRAILING_MARKS, '');
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
  let last = lines.length - 1;
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
