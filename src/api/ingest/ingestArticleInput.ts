// One article from the API through the ingestion pipeline (parse, extract,
// write: src/pipeline/ingestArticle.ts), reported as an IngestResult.
import { ingestArticle } from '../../pipeline/ingestArticle';
import type { ApiContext } from '../context';
import type { ArticleInput } from './articleInput.input';
import type { IngestResult } from './ingestResult.type';

export async function ingestArticleInput(
  context: ApiContext,
  input: ArticleInput,
): Promise<IngestResult> {
  const result = await ingestArticle(input, {
    driver: context.driver,
    database: context.database,
    timeoutMs: context.config.NEO4J_TX_TIMEOUT_MS,
  });
  return {
    articleId: result.articleId,
    status: result.status,
    replaced: result.replaced,
    entities: result.entities,
    facts: result.facts,
    evidence: result.evidence,
    error: null,
  };
}
