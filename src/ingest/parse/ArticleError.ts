// The one error type of article parsing. `code` is stable and public (the API
// and the CLI report it); the message says what to do about it.

export const ARTICLE_ERROR_CODES = [
  /** Nothing but whitespace (or site chrome) to store. */
  'EMPTY',
  /** NUL bytes or mostly control characters: not a text file. */
  'BINARY',
  /** Bytes that are not valid UTF-8. */
  'NOT_UTF8',
  /** Larger than the size limit. */
  'TOO_LARGE',
  /** No publication date in the metadata or the text. */
  'NO_DATE',
  /** A publication date that is given but cannot be read. */
  'BAD_DATE',
  /** JSON or JSON Lines that does not parse, or is not an article object. */
  'BAD_JSON',
  /** YAML front matter that is unclosed, does not parse, or holds wrong types. */
  'BAD_FRONT_MATTER',
  /** A JSON or input field of the wrong type (the message names it). */
  'BAD_FIELD',
  /** Several articles where one was expected (use parseArticles). */
  'MULTIPLE_ARTICLES',
  /** Input that a reader (YAML, HTML) failed on in an unforeseen way. */
  'BAD_INPUT',
] as const;

export type ArticleErrorCode = (typeof ARTICLE_ERROR_CODES)[number];

export class ArticleError extends Error {
  override readonly name = 'ArticleError';

  constructor(
    readonly code: ArticleErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
