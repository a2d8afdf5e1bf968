// Ingestion of files: collect → parse (one or many articles per file) →
// extract → write, several articles per transaction (writeArticles: one
// commit per batch, each article still whole or absent). A bad file or
// article is reported as `file: reason` and the rest go on; an unreachable
// Neo4j stops the run (every further write would fail the same way).
import { readFile } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { WriteResult, WriteStatus } from '../graph/write/writeArticle';
import { writeArticles } from '../graph/write/writeArticle';
import { extract } from '../ingest/extract/extract';
import { isParseFailure, parseArticles } from '../ingest/parse';
import type { Article, Extraction } from '../ingest/types';
import { collectFiles } from './collectFiles';

export interface IngestFailure {
  /** `file` or `file:line` for an item of JSON Lines. */
  where: string;
  reason: string;
}

export type IngestEvent =
  | { kind: 'written'; where: string; result: WriteResult }
  | { kind: 'failed'; failure: IngestFailure }
  /** A file was read and its articles extracted (they are written with their batch). */
  | { kind: 'file-done'; file: string; done: number; total: number };

export interface IngestSummary {
  files: number;
  articles: Record<WriteStatus | 'failed', number>;
  /** Entities and facts written by new and replaced articles. */
  entities: number;
  relations: number;
  evidence: number;
  failures: IngestFailure[];
}

export interface IngestOptions {
  driver: Driver;
  database: string;
  /** Rewrite articles even when stored unchanged. */
  force?: boolean;
  timeoutMs?: number;
  /** Articles per write transaction (default DEFAULT_INGEST_BATCH); 'written' events come per batch. */
  batchSize?: number;
  onEvent?: (event: IngestEvent) => void;
  /** The extraction step (the rule-based extractor by default). */
  extractArticle?: (article: Article) => Extraction;
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

/** Large enough to pay one commit for many articles, small enough to keep a transaction short. */
export const DEFAULT_INGEST_BATCH = 50;

export async function ingestFiles(
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const {
    driver,
    database,
    onEvent = () => {},
    extractArticle = (article) => extract(article),
  } = options;
  const { files, missing } = await collectFiles(paths);
  const summary: IngestSummary = {
    files: files.length,
    articles: { new: 0, unchanged: 0, replaced: 0, failed: 0 },
    entities: 0,
    relations: 0,
    evidence: 0,
    failures: [],
  };
  const fail = (where: string, reason: string) => {
    const failure = { where, reason };
    summary.failures.push(failure);
    summary.articles.failed += 1;
    onEvent({ kind: 'failed', failure });
  };
  for (const item of missing) fail(item.file, item.reason);

  const batchSize = options.batchSize ?? DEFAULT_INGEST_BATCH;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batch size must be a positive integer, got ${batchSize}`);
  }
  let pending: { where: string; extraction: Extraction }[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = pending;
    pending = [];
    const written = await writeArticles(
      driver,
      database,
      batch.map((item) => item.extraction),
      { force: options.force, timeoutMs: options.timeoutMs },
    );
    written.forEach((outcome, index) => {
      const { where } = batch[index] as (typeof batch)[number];
      if (!outcome.ok) {
        fail(where, reasonOf(outcome.error));
        return;
      }
      const { result } = outcome;
      summary.articles[result.status] += 1;
      if (result.status !== 'unchanged') {
        summary.entities += result.entities;
        summary.relations += result.facts;
        summary.evidence += result.evidence;
      }
      onEvent({ kind: 'written', where, result });
    });
  };

  for (const [index, file] of files.entries()) {
    let input: Buffer;
    try {
      input = await readFile(file);
    } catch (error) {
      fail(file, reasonOf(error));
      onEvent({ kind: 'file-done', file, done: index + 1, total: files.length });
      continue;
    }
    for (const item of parseArticles(input, { fileName: file })) {
      if (isParseFailure(item)) {
        fail(item.line === undefined ? file : `${file}:${item.line}`, reasonOf(item.error));
        continue;
      }
      try {
        // Extraction completes before anything is written: a failing article writes nothing.
        pending.push({ where: file, extraction: extractArticle(item) });
      } catch (error) {
        fail(file, reasonOf(error));
      }
      if (pending.length >= batchSize) {
        // One batch in flight: the next one is read and extracted while Neo4j writes this one.
        await writing;
        writing = flush();
        // Handled when awaited (before the next batch or at the end); no unhandled rejection meanwhile.
        writing.catch(() => {});
      }
    }
    onEvent({ kind: 'file-done', file, done: index + 1, total: files.length });
  }
  await writing;
  if (pending.length > 0) await flush();
  return summary;
}
