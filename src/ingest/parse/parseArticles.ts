// Many articles from one input (JSON Lines, a JSON array) — or the one
// article of any other format. A bad item becomes a failure entry and the
// others still parse; nothing is thrown.
import type { Article } from '../types';
import { articleFromJson } from './articleFromJson';
import { ArticleError } from './ArticleError';
import { decodeInput } from './decodeInput';
import { detectFormat } from './detectFormat';
import { parseArticle } from './parseArticle';
import type { ParseOptions } from './parseOptions';
import { readJsonItems } from './readJsonItems';
import { withArticleErrors } from './withArticleErrors';

export interface ParseFailure {
  error: ArticleError;
  /** 1-based line of a JSON Lines item. */
  line?: number;
  /** 0-based position of the item in the input. */
  index: number;
}

export type ParsedItem = Article | ParseFailure;

export interface ParseManyOptions extends ParseOptions {
  /** Size limit of the whole input in bytes (default 64 MiB); `maxBytes` limits each article. */
  maxTotalBytes?: number;
}

export const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 * 1024;

export function isParseFailure(item: ParsedItem): item is ParseFailure {
  return 'error' in item;
}

export function parseArticles(
  input: Buffer | string,
  options: ParseManyOptions = {},
): ParsedItem[] {
  let text: string;
  try {
    text = withArticleErrors(() =>
      decodeInput(input, options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES),
    );
  } catch (error) {
    return [{ error: toArticleError(error), index: 0 }];
  }
  const format = detectFormat(text, options.fileName);
  if (format !== 'json' && format !== 'jsonl') {
    return [attempt(() => parseArticle(text, options), 0)];
  }
  return readJsonItems(text, format).map((item) => {
    const where = item.line === undefined ? {} : { line: item.line };
    if ('error' in item) return { error: item.error, index: item.index, ...where };
    return attempt(
      () => articleFromJson(item.value, options.defaults, options.maxBytes),
      item.index,
      item.line,
    );
  });
}

function attempt(run: () => Article, index: number, line?: number): ParsedItem {
  try {
    return withArticleErrors(run);
  } catch (error) {
    return { error: toArticleError(error), index, ...(line === undefined ? {} : { line }) };
  }
}

function toArticleError(error: unknown): ArticleError {
  return error instanceof ArticleError
    ? error
    : new ArticleError('BAD_INPUT', String(error), { cause: error });
}
