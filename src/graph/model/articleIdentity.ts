// Which stored articles a new one replaces, and whether it changed at all.
//
// An article's id is the hash of its normalised text, so a corrected text gets
// a new id. "A version of the same article" is recognised by its URL when it
// has one, else by source + title + publication day (two different stories
// from one source rarely share a title on the same day). Without either, an
// article replaces nothing.
import { createHash } from 'node:crypto';
import type { ArticleMeta, Extraction } from '../../ingest/types';

/** Bump when what the writer stores for the same extraction changes, so re-ingest rewrites. */
export const WRITE_MODEL_VERSION = 2;

export interface ArticleIdentity {
  versionKey: string | null;
  extractionHash: string;
}

function normaliseText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Scheme and host are case-insensitive; fragments and a trailing slash do not name another page. */
export function normaliseUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.toString().replace(/\/+$/, '');
  } catch {
    return url.trim();
  }
}

export function articleVersionKey(article: ArticleMeta): string | null {
  if (article.url !== null && article.url.trim() !== '') return `url:${normaliseUrl(article.url)}`;
  if (article.source && article.title) {
    const day = article.publishedAt.slice(0, 10);
    return `title:${normaliseText(article.source)}|${normaliseText(article.title)}|${day}`;
  }
  return null;
}

/** JSON with object keys sorted, so equal extractions hash equally. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function articleIdentity(extraction: Extraction): ArticleIdentity {
  const digest = createHash('sha256')
    .update(`${WRITE_MODEL_VERSION}\n${stableJson(extraction)}`)
    .digest('hex');
  return { versionKey: articleVersionKey(extraction.article), extractionHash: `sha256:${digest}` };
}
