// The metadata fields an article may carry in front matter, JSON or input
// objects, checked for type. Unknown keys are ignored.
import type { ArticleErrorCode } from './ArticleError';
import { ArticleError } from './ArticleError';

export interface ArticleMetadata {
  title?: string;
  url?: string;
  source?: string;
  section?: string;
  /** Raw; normalisePublishedAt reads it. */
  publishedAt?: unknown;
}

const TEXT_FIELDS = ['title', 'url', 'source', 'section'] as const;
// Names under which the publication date arrives, in order of preference.
const DATE_FIELDS = ['publishedAt', 'published_at', 'date', 'published', 'pubDate'] as const;

/** Reads the known fields of `record`; `code` is the error code for a wrong type. */
export function readMetadata(
  record: Record<string, unknown>,
  code: Extract<ArticleErrorCode, 'BAD_FRONT_MATTER' | 'BAD_FIELD'>,
): ArticleMetadata {
  const out: ArticleMetadata = {};
  for (const key of TEXT_FIELDS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      throw new ArticleError(code, `field "${key}" must be a string, not ${describe(value)}`);
    }
    const trimmed = value.trim();
    if (trimmed !== '') out[key] = trimmed;
  }
  for (const key of DATE_FIELDS) {
    const value = record[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' && !(value instanceof Date)) {
      throw new ArticleError(
        code,
        `field "${key}" must be a date string such as 2025-09-29, not ${describe(value)}`,
      );
    }
    out.publishedAt = value;
    break;
  }
  return out;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
