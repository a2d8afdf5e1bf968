// YAML front matter: a first line `---`, YAML, a closing `---` (or `...`)
// line, then the article text.
import YAML from 'yaml';

import { ArticleError } from './ArticleError';

export interface FrontMatter {
  fields: Record<string, unknown>;
  /** The text after the closing line. */
  body: string;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** Splits off front matter; null when the text has none. Throws BAD_FRONT_MATTER when it is broken. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new ArticleError(
      'BAD_FRONT_MATTER',
      'front matter opened with "---" is never closed: add a "---" line after the metadata',
    );
  }
  const source = rest.slice(0, closing.index);
  let fields: unknown;
  try {
    fields = YAML.parse(source);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw new ArticleError('BAD_FRONT_MATTER', `front matter is not valid YAML: ${reason}`, {
      cause,
    });
  }
  if (fields === null || fields === undefined) fields = {};
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    throw new ArticleError(
      'BAD_FRONT_MATTER',
      'front matter must be "key: value" lines (url, date, title, source, section)',
    );
  }
  const afterClosing = closing.index + closing[0].length;
  const body = rest.slice(rest[afterClosing] === '\n' ? afterClosing + 1 : afterClosing);
  return { fields: fields as Record<string, unknown>, body };
}
