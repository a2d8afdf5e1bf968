// One article from the API through the pipeline the CLI uses: parse
// (articleFromInput: the same path as a text file), extract, write in one
// transaction (writeArticle).
import { writeArticle } from '../../graph/write/writeArticle';
import { extract } from '../../ingest/extract/extract';
import { articleFromInput } from '../../ingest/parse';
import type { ApiContext } from '../context';
import type { ArticleInput } from './articleInput.input';
import type { IngestResult } from './ingestResult.type';

export async function ingestArticleInput(
  context: ApiContext,
  input: ArticleInput,
): Promise<IngestResult> {
  // The CLI's size limit too: the same article is accepted or refused either way.
  const article = articleFromInput(input);
  // Extraction completes before anything is written: a failing article writes nothing.
  const extraction = extract(article);
  const result = await writeArticle(context.driver, context.database, extraction, {
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
