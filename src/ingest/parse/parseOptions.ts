import type { ArticleDefaults } from './buildArticle';

export interface ParseOptions {
  /** Used to pick the format by extension (.txt, .md, .json, .jsonl, .html). */
  fileName?: string;
  /** Fallbacks for metadata that neither the input's metadata nor its text gives. */
  defaults?: ArticleDefaults;
  /** Size limit of one article in bytes (default 1 MiB). */
  maxBytes?: number;
}
