// End-to-end ingest: extraction in worker threads (one per core), writes
// through writeArticles as the CLI does (one transaction per batch of
// articles). Batches are pipelined: batch k+1 is extracted while batch k is
// written.
import type { Driver } from 'neo4j-driver';
import { writeArticles } from '../src/graph/write/writeArticle';
import type { Extraction } from '../src/ingest/types';
import type { BenchArticle } from './benchArticle';
import { ExtractorPool } from './ExtractorPool';
import { graphCounts } from './graphCounts';

export interface IngestRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Nodes + relationships the run added, per second. */
  graphWritesPerSecond: number;
  nodes: number;
  relationships: number;
  failures: number;
  /** Time the writer waited for extraction (extraction slower than writing). */
  extractWaitSeconds: number;
  /** Time spent in write transactions. */
  writeSeconds: number;
}

export interface IngestOptions {
  driver: Driver;
  database: string;
  workers: number;
  /** Write transactions in flight at once. */
  writeConcurrency: number;
  /** Articles per write transaction (the CLI's default). */
  transactionSize: number;
  /** Articles extracted ahead of the writer. */
  batchSize?: number;
}

/** Writes in transactions of `transactionSize` articles, `writeConcurrency` at once. */
async function writeAll(
  extractions: readonly Extraction[],
  options: IngestOptions,
): Promise<number> {
  const size = options.transactionSize;
  let next = 0;
  let failures = 0;
  const writer = async () => {
    while (next < extractions.length) {
      const batch = extractions.slice(next, next + size);
      next += size;
      const written = await writeArticles(options.driver, options.database, batch);
      failures += written.filter((item) => !item.ok).length;
    }
  };
  await Promise.all(Array.from({ length: options.writeConcurrency }, writer));
  return failures;
}

export async function ingestArticles(
  articles: readonly BenchArticle[],
  options: IngestOptions,
): Promise<IngestRun> {
  const batchSize = options.batchSize ?? 100;
  const before = await graphCounts(options.driver, options.database);
  const pool = new ExtractorPool(options.workers);
  let failures = 0;
  try {
    // Warm the workers (tsx compile, gazetteers) outside the timed part.
    await pool.extract(articles.slice(0, options.workers), false);
    const started = process.hrtime.bigint();
    const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;
    let extractWaitSeconds = 0;
    let writeSeconds = 0;
    let extracting = pool.extract(articles.slice(0, batchSize), true);
    for (let start = 0; start < articles.length; start += batchSize) {
      const waitStarted = process.hrtime.bigint();
      const batch = await extracting;
      extractWaitSeconds += seconds(waitStarted);
      const nextStart = start + batchSize;
      if (nextStart < articles.length) {
        extracting = pool.extract(articles.slice(nextStart, nextStart + batchSize), true);
      }
      const writeStarted = process.hrtime.bigint();
      failures += await writeAll(batch.extractions, options);
      writeSeconds += seconds(writeStarted);
    }
    const elapsed = seconds(started);
    const after = await graphCounts(options.driver, options.database);
    const nodes = after.nodes - before.nodes;
    const relationships = after.relationships - before.relationships;
    return {
      articles: articles.length,
      seconds: elapsed,
      articlesPerSecond: articles.length / elapsed,
      graphWritesPerSecond: (nodes + relationships) / elapsed,
      nodes,
      relationships,
      failures,
      extractWaitSeconds,
      writeSeconds,
    };
  } finally {
    await pool.close();
  }
}
