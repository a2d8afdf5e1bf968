import { ArticleError } from './ArticleError';

/**
 * Runs `run`, turning any failure that is not already an ArticleError (a
 * library choking on odd input) into ArticleError BAD_INPUT, so callers
 * handle one error type.
 */
export function withArticleErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ArticleError('BAD_INPUT', `article could not be read: ${reason}`, { cause: error });
  }
}
