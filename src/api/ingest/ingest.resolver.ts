import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { ArticleRecord } from '../../graph/queries/records';
import { GraphUnavailableError } from '../../graph/errors';
import { retractArticle } from '../../graph/retract/retractArticle';
import { Article } from '../article/article.type';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { formatApiError } from '../formatApiError';
import { userInputError } from '../userInputError';
import { ArticleInput } from './articleInput.input';
import { ingestArticleInput } from './ingestArticleInput';
import { IngestResult } from './ingestResult.type';
import { RetractResult } from './retractResult.type';

export const MAX_BATCH = 100;

@Resolver(() => IngestResult)
export class IngestResolver {
  @Authorized<Access>('write')
  @Mutation(() => IngestResult, {
    description:
      'Parses, extracts and stores one article (the CLI pipeline). An article the parser ' +
      'refuses is BAD_USER_INPUT with `extensions.reason` (NO_DATE, EMPTY, ...).',
  })
  ingestArticle(
    @Arg('input', () => ArticleInput) input: ArticleInput,
    @Ctx() context: ApiContext,
  ): Promise<IngestResult> {
    return ingestArticleInput(context, input);
  }

  @Authorized<Access>('write')
  @Mutation(() => [IngestResult], {
    description:
      `Stores up to ${MAX_BATCH} articles in order, each in its own transaction; a refused ` +
      'article gets status FAILED and an error, the others go on. An unreachable database ' +
      'stops the batch (SERVICE_UNAVAILABLE).',
  })
  async ingestArticles(
    @Arg('inputs', () => [ArticleInput]) inputs: ArticleInput[],
    @Ctx() context: ApiContext,
  ): Promise<IngestResult[]> {
    if (inputs.length > MAX_BATCH) {
      throw userInputError(`\`inputs\` takes at most ${MAX_BATCH} articles.`, 'inputs');
    }
    const results: IngestResult[] = [];
    for (const input of inputs) {
      try {
        results.push(await ingestArticleInput(context, input));
      } catch (error) {
        if (error instanceof GraphUnavailableError) throw error;
        context.logger.warn({ err: error }, 'article not ingested');
        // The same normaliser as top-level errors: a stable code, no internals.
        const { message, extensions } = formatApiError({ message: 'Internal error' }, error);
        results.push({
          articleId: null,
          status: 'failed',
          replaced: [],
          entities: 0,
          facts: 0,
          evidence: 0,
          error: {
            code: String(extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            reason: typeof extensions?.reason === 'string' ? extensions.reason : null,
            message,
          },
        });
      }
    }
    return results;
  }

  @Authorized<Access>('write')
  @Mutation(() => RetractResult, {
    description: 'Takes back everything one article asserted, then deletes the article.',
  })
  retractArticle(
    @Arg('id', () => ID) id: string,
    @Ctx() context: ApiContext,
  ): Promise<RetractResult> {
    return retractArticle(context.driver, context.database, id, {
      timeoutMs: context.config.NEO4J_TX_TIMEOUT_MS,
    });
  }

  @FieldResolver(() => Article, { nullable: true, description: 'The stored article.' })
  article(@Root() result: IngestResult, @Ctx() context: ApiContext): Promise<ArticleRecord | null> {
    return result.articleId === null
      ? Promise.resolve(null)
      : context.loaders.article.load(result.articleId);
  }
}
