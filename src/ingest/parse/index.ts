// Article input: bytes or strings in any supported format → Article, plus
// sentence splitting. See parseArticle.ts for the formats.
export { articleFromInput } from './articleFromInput';
export type { ArticleInput } from './articleFromInput';
export { ARTICLE_ERROR_CODES, ArticleError } from './ArticleError';
export type { ArticleErrorCode } from './ArticleError';
export { articleId } from './articleId';
export type { ArticleDefaults } from './buildArticle';
export { DEFAULT_MAX_BYTES } from './decodeInput';
export { parseArticle } from './parseArticle';
export { DEFAULT_MAX_TOTAL_BYTES, isParseFailure, parseArticles } from './parseArticles';
export type { ParsedItem, ParseFailure, ParseManyOptions } from './parseArticles';
export type { ParseOptions } from './parseOptions';
export { splitSentences } from './splitSentences';
export type { Sentence } from './splitSentences';
