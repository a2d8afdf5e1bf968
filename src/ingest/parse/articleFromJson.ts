// One JSON article object: {title, text, url, publishedAt, source, section}.
// The text is stored as given (line endings normalised): JSON producers
// already chose what the article is.
import type { Article } from '../types';
import { ArticleError } from './ArticleError';
import type { ArticleDefaults } from './buildArticle';
import { buildArticle } from './buildArticle';
import { checkText, DEFAULT_MAX_BYTES } from './decodeInput';
import { readMetadata } from './readMetadata';
import { toArticleFields } from './toArticleFields';

export function articleFromJson(
  value: unknown,
  defaults?: ArticleDefaults,
  maxBytes = DEFAULT_MAX_BYTES,
): Article {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArticleError('BAD_JSON', 'a JSON article must be an object with a "text" field');
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') {
    throw new ArticleError('BAD_FIELD', 'field "text" is required and must be a string');
  }
  const size = Buffer.byteLength(record.text, 'utf8');
  if (size > maxBytes) {
    throw new ArticleError(
      'TOO_LARGE',
      `article text is ${size} bytes, over the limit of ${maxBytes}`,
    );
  }
  const text = checkText(record.text);
  const fields = toArticleFields(readMetadata(record, 'BAD_FIELD'));
  return buildArticle(text, fields, { stripChrome: false, ...(defaults ? { defaults } : {}) });
}
