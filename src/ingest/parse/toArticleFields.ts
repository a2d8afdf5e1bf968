import type { ArticleFields } from './buildArticle';
import { normalisePublishedAt } from './normalisePublishedAt';
import type { ArticleMetadata } from './readMetadata';

/** Checked metadata to build fields: the publication date is read (BAD_DATE if it cannot be). */
export function toArticleFields(metadata: ArticleMetadata): ArticleFields {
  const { publishedAt, ...rest } = metadata;
  return publishedAt === undefined
    ? rest
    : { ...rest, publishedAt: normalisePublishedAt(publishedAt) };
}
