// Plain text, with or without YAML front matter.
import type { Article } from '../types';
import type { ArticleDefaults } from './buildArticle';
import { buildArticle } from './buildArticle';
import type { ArticleMetadata } from './readMetadata';
import { readMetadata } from './readMetadata';
import { splitFrontMatter } from './splitFrontMatter';
import { toArticleFields } from './toArticleFields';

/** `text` is decoded, newline-normalised input; `overrides` beat front matter. */
export function articleFromText(
  text: string,
  defaults?: ArticleDefaults,
  overrides: ArticleMetadata = {},
): Article {
  const frontMatter = splitFrontMatter(text);
  const metadata = frontMatter ? readMetadata(frontMatter.fields, 'BAD_FRONT_MATTER') : {};
  const fields = toArticleFields({ ...metadata, ...overrides });
  return buildArticle(frontMatter ? frontMatter.body : text, fields, {
    stripChrome: true,
    ...(defaults ? { defaults } : {}),
  });
}
