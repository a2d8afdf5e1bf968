// The whole benchmark: machine, extraction throughput, end-to-end ingest,
// then per graph size query latency (API vs raw Cypher), plans, memory, and
// the targets. Returns a report; renderResults turns it into RESULTS.md.
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../src/graph/migrate/migrate';
import { extract } from '../src/ingest/extract/extract';
import { DEFAULT_INGEST_BATCH } from '../src/pipeline/ingestFiles';
import { articleFromInput } from '../src/ingest/parse';
import { loadBenchArticles } from './benchArticle';
import { pickQueryParams } from './benchQueries';
import { wipeGraph } from './graphCounts';
import type { MachineInfo } from './machineInfo';
import { machineInfo } from './machineInfo';
import type { ExtractionResult } from './measureExtraction';
import { measureExtraction } from './measureExtraction';
import type { IngestRun } from './measureIngest';
import { ingestArticles } from './measureIngest';
import type { Neo4jConnection, QueriesResult } from './measureQueries';
import { measureQueries } from './measureQueries';
import type { Hotspot } from './profileCpu';
import { profileCpu } from './profileCpu';
import { median, repeat } from './stats';

export interface HarnessOptions {
  driver: Driver;
  neo4j: Neo4jConnection;
  mode: string;
  /** Where Neo4j came from (acquireNeo4j's origin), for the report. */
  neo4jOrigin?: string;
  seed: number;
  /** Articles per extraction throughput run. */
  extractionArticles: number;
  /** Articles per timed ingest run. */
  ingestArticles: number;
  ingestRuns: number;
  /** Graph sizes (articles) at which queries are measured, ascending. */
  sizes: number[];
  /** Runs per figure (extraction, each query load). */
  runs: number;
  connections: number;
  durationSeconds: number;
  workers?: number;
  writeConcurrency?: number;
  /** Articles per write transaction. */
  transactionSize?: number;
  /** Driver round trips per query for the Cypher-alone timing. */
  cypherSamples?: number;
  log?: (message: string) => void;
}

export interface IngestSummary {
  articles: number;
  runs: IngestRun[];
  articlesPerSecond: number;
  graphWritesPerSecond: number;
  workers: number;
  writeConcurrency: number;
  transactionSize: number;
}

export interface SizeResult extends QueriesResult {
  /** Articles/s of the untimed top-up ingest that reached this size (when any). */
  topUp?: { articles: number; articlesPerSecond: number };
}

export interface BenchReport {
  mode: string;
  neo4jOrigin: string;
  seed: number;
  machine: MachineInfo;
  extraction: ExtractionResult;
  extractionHotspots: Hotspot[];
  ingest: IngestSummary;
  sizes: SizeResult[];
  totalSeconds: number;
}

export async function runHarness(options: HarnessOptions): Promise<BenchReport> {
  const started = Date.now();
  const log = options.log ?? (() => {});
  const { driver } = options;
  const { database } = options.neo4j;
  const workers = options.workers ?? os.cpus().length;
  // One writer: concurrent batches would queue on the same popular entities' locks.
  const writeConcurrency = options.writeConcurrency ?? 1;
  const transactionSize = options.transactionSize ?? DEFAULT_INGEST_BATCH;
  const machine = await machineInfo(driver, database);
  log(`load average at start: ${machine.loadAverage.map((x) => x.toFixed(2)).join(' ')}`);

  const largest = Math.max(options.ingestArticles, ...options.sizes);
  const articles = loadBenchArticles(largest, options.seed);
  const sample = articles.slice(0, options.extractionArticles);

  log(`extraction: ${sample.length} articles × ${options.runs} runs, 1 core then ${workers}`);
  const extraction = await measureExtraction(sample, { runs: options.runs, workers });
  const extractionHotspots = await profileCpu(() => {
    for (const input of sample) extract(articleFromInput(input));
  });

  // One load of `ingestArticles` into an empty graph, timed in `ingestRuns`
  // consecutive segments (each a run): the graph grows as it would in use.
  await wipeGraph(driver, database);
  await applyMigrations(driver, database);
  const segment = Math.ceil(options.ingestArticles / options.ingestRuns);
  const ingestRuns = await repeat(options.ingestRuns, async (index) => {
    const from = index * segment;
    const to = Math.min(options.ingestArticles, from + segment);
    log(`ingest run ${index + 1}/${options.ingestRuns}: articles ${from + 1}..${to}`);
    const run = await ingestArticles(articles.slice(from, to), {
      driver,
      database,
      workers,
      writeConcurrency,
      transactionSize,
    });
    log(`  ${run.articlesPerSecond.toFixed(1)} articles/s, ${run.failures} failed`);
    return run;
  });
  const ingest: IngestSummary = {
    articles: options.ingestArticles,
    runs: ingestRuns,
    articlesPerSecond: median(ingestRuns.map((run) => run.articlesPerSecond)),
    graphWritesPerSecond: median(ingestRuns.map((run) => run.graphWritesPerSecond)),
    workers,
    writeConcurrency,
    transactionSize,
  };

  let loaded = options.ingestArticles;
  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    let topUp: SizeResult['topUp'];
    if (size < loaded) {
      await wipeGraph(driver, database);
      await applyMigrations(driver, database);
      loaded = 0;
    }
    if (size > loaded) {
      log(`loading articles ${loaded + 1}..${size}`);
      const run = await ingestArticles(articles.slice(loaded, size), {
        driver,
        database,
        workers,
        writeConcurrency,
        transactionSize,
      });
      topUp = { articles: run.articles, articlesPerSecond: run.articlesPerSecond };
      loaded = size;
    }
    const params = await pickQueryParams(driver, database);
    log(`queries at ${size} articles (${JSON.stringify(params)})`);
    const measured = await measureQueries({
      driver,
      neo4j: options.neo4j,
      params,
      articlesLoaded: size,
      settings: { connections: options.connections, durationSeconds: options.durationSeconds },
      runs: options.runs,
      cypherSamples: options.cypherSamples,
      log,
    });
    sizes.push({ ...measured, topUp });
  }
  return {
    mode: options.mode,
    neo4jOrigin: options.neo4jOrigin ?? 'unknown',
    seed: options.seed,
    machine,
    extraction,
    extractionHotspots,
    ingest,
    sizes,
    totalSeconds: (Date.now() - started) / 1000,
  };
}
