import { createHash } from 'node:crypto';

/**
 * `sha256:` + hex digest of the text after NFC normalisation, with whitespace
 * runs collapsed to one space and the ends trimmed: re-ingesting the same
 * article, even re-wrapped or with other line endings, gives the same id.
 */
export function articleId(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `sha256:${createHash('sha256').update(normalised, 'utf8').digest('hex')}`;
}
