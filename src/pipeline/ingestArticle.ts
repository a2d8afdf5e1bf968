// One article given as input (the API's ingest mutations): parse it
// (articleFromInput: the same path as a text file, with the CLI's size limit),
// extract, then write it in one transaction (writeArticle). Extraction
// completes before anything is written: a failing article writes nothing.
import type { Driver } from 'neo4j-driver';
import type { WriteResult } from '../graph/write/writeArticle';
import { writeArticle } from '../graph/write/writeArticle';
import { extract } from '../ingest/extract/extract';
import type { ArticleInput } from '../ingest/parse';
import { articleFromInput } from '../ingest/parse';

export interface IngestArticleOptions {
  driver: Driver;
  database: string;
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
}

export async function ingestArticle(
  input: ArticleInput,
  options: IngestArticleOptions,
): Promise<WriteResult> {
  const extraction = extract(articleFromInput(input));
  return writeArticle(options.driver, options.database, extraction, {
    timeoutMs: options.timeoutMs,
  });
}
