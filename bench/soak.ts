// The soak (`npm run bench -- --soak`): the API under 50 concurrent analyst
// connections cycling through the bench's query mix for N minutes, while new
// articles are ingested into the same Neo4j. Per minute: requests, failures
// (non-200, errors, timeouts, GraphQL errors in a 200), latency percentiles
// (the whole mix and per query), API RSS; the API's log lines above warn.
import path from 'node:path';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../src/graph/migrate/migrate';
import { writeArticles } from '../src/graph/write/writeArticle';
import { DEFAULT_INGEST_BATCH } from '../src/pipeline/ingestFiles';
import { loadBenchArticles } from './benchArticle';
import type { BenchArticle } from './benchArticle';
import type { QueryParams } from './benchQueries';
import { benchQueries, pickQueryParams } from './benchQueries';
import { ExtractorPool } from './ExtractorPool';
import { ingestArticles } from './measureIngest';
import type { Neo4jConnection } from './measureQueries';
import { freePort, ServerProcess } from './ServerProcess';

export interface SoakOptions {
  driver: Driver;
  neo4j: Neo4jConnection;
  seed: number;
  minutes: number;
  connections: number;
  /** Articles in the graph before the load starts. */
  preload: number;
  /** Upper bound on articles ingested during the soak. */
  maxNewArticles: number;
  log: (message: string) => void;
}

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
}

export interface SoakMinute {
  minute: number;
  requests: number;
  failed: number;
  /** autocannon's percentiles over the whole mix (ms). */
  p50: number;
  p99: number;
  perQuery: Record<string, LatencySummary>;
  rssMb: number;
  peakRssMb: number;
  /** Articles written during this minute. */
  articlesIngested: number;
}

export interface SoakReport {
  preloaded: number;
  connections: number;
  params: QueryParams;
  queryNames: string[];
  ingestWorkers: number;
  minutes: SoakMinute[];
  ingest: { articles: number; failed: number; seconds: number; errors: string[] };
  logs: { warn: number; aboveWarn: number; other: number; samples: string[] };
  /** Failure bodies seen (a few). */
  failureSamples: string[];
  note?: string;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

function summarise(values: number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** The API's stderr lines (pino JSON), counted by level. */
class LogTally {
  warn = 0;
  aboveWarn = 0;
  other = 0;
  samples: string[] = [];

  add(line: string): void {
    if (line.trim() === '') return;
    let level: number | undefined;
    try {
      const parsed = JSON.parse(line) as { level?: unknown };
      level = typeof parsed.level === 'number' ? parsed.level : undefined;
    } catch {
      level = undefined;
    }
    if (level === undefined) this.other += 1;
    else if (level > 40) this.aboveWarn += 1;
    else if (level === 40) this.warn += 1;
    else return;
    if (this.samples.length < 8) this.samples.push(line);
  }
}

/** Ingests `articles` in transactions of 50 until they run out or `stopped()` says so. */
async function ingestUntil(
  articles: readonly BenchArticle[],
  options: { driver: Driver; database: string; workers: number },
  stopped: () => boolean,
  onWritten: (count: number) => void,
): Promise<SoakReport['ingest']> {
  const pool = new ExtractorPool(options.workers);
  const started = Date.now();
  const result: SoakReport['ingest'] = { articles: 0, failed: 0, seconds: 0, errors: [] };
  try {
    for (let start = 0; start < articles.length && !stopped(); start += DEFAULT_INGEST_BATCH) {
      const batch = articles.slice(start, start + DEFAULT_INGEST_BATCH);
      const { extractions } = await pool.extract(batch, true);
      if (stopped()) break;
      try {
        const written = await writeArticles(options.driver, options.database, extractions);
        const ok = written.filter((item) => item.ok).length;
        result.articles += ok;
        result.failed += written.length - ok;
        onWritten(ok);
      } catch (error) {
        result.failed += batch.length;
        if (result.errors.length < 5) result.errors.push(String(error));
      }
    }
  } finally {
    result.seconds = (Date.now() - started) / 1000;
    await pool.close();
  }
  return result;
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { driver, neo4j, log } = options;
  const database = neo4j.database;
  const total = options.preload + options.maxNewArticles;
  log(`soak: generating ${total} corpus articles`);
  const articles = loadBenchArticles(total, options.seed);
  await applyMigrations(driver, database);
  log(`soak: loading ${options.preload} articles`);
  await ingestArticles(articles.slice(0, options.preload), {
    driver,
    database,
    workers: 2,
    writeConcurrency: 1,
    transactionSize: DEFAULT_INGEST_BATCH,
  });
  const params = await pickQueryParams(driver, database);
  const queries = benchQueries(params);
  const logs = new LogTally();
  const api = await ServerProcess.start(
    path.join(__dirname, 'apiServerMain.ts'),
    {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PORT: String(await freePort()),
    },
    (line) => logs.add(line),
  );
  const url = `${api.url}/graphql`;
  const ingestWorkers = 1;
  let stop = false;
  let writtenThisMinute = 0;
  const failureSamples: string[] = [];
  const minutes: SoakMinute[] = [];
  let ingest: SoakReport['ingest'] | undefined;
  try {
    for (const query of queries) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query.graphql),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (response.status !== 200 || body.errors) {
        throw new Error(`${query.name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    }
    log(`soak: ${options.minutes} min, ${options.connections} connections, ingest running`);
    const ingesting = ingestUntil(
      articles.slice(options.preload),
      { driver, database, workers: ingestWorkers },
      () => stop,
      (count) => {
        writtenThisMinute += count;
      },
    );
    try {
      for (let minute = 1; minute <= options.minutes; minute += 1) {
        api.resetPeak();
        writtenThisMinute = 0;
        const latencies = new Map<string, number[]>(queries.map((q) => [q.name, []]));
        let graphqlErrors = 0;
        const result = await autocannon({
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          connections: options.connections,
          duration: 60,
          timeout: 10,
          requests: queries.map((query) => ({
            method: 'POST' as const,
            body: JSON.stringify(query.graphql),
            setupRequest: (request: autocannon.Request, context: object) => {
              (context as { sent?: number }).sent = performance.now();
              return request;
            },
            onResponse: (status: number, body: string, context: object) => {
              const sent = (context as { sent?: number }).sent;
              if (sent !== undefined) latencies.get(query.name)?.push(performance.now() - sent);
              if (status === 200 && body.includes('"errors"')) {
                graphqlErrors += 1;
                if (failureSamples.length < 5) failureSamples.push(body.slice(0, 300));
              }
            },
          })),
        });
        const memory = api.memory();
        const record: SoakMinute = {
          minute,
          requests: result.requests.total,
          failed: result.non2xx + result.errors + result.timeouts + graphqlErrors,
          p50: result.latency.p50,
          p99: result.latency.p99,
          perQuery: Object.fromEntries(
            [...latencies].map(([name, values]) => [name, summarise(values)]),
          ),
          rssMb: memory.rssMb,
          peakRssMb: memory.peakRssMb,
          articlesIngested: writtenThisMinute,
        };
        minutes.push(record);
        log(
          `  minute ${minute}: ${record.requests} requests, ${record.failed} failed, ` +
            `p50 ${record.p50} ms, p99 ${record.p99} ms, RSS ${record.rssMb.toFixed(0)} MB ` +
            `(peak ${record.peakRssMb.toFixed(0)}), ${record.articlesIngested} articles ingested`,
        );
      }
    } finally {
      stop = true;
      ingest = await ingesting;
    }
  } finally {
    await api.stop();
  }
  if (!ingest) throw new Error('the soak ended without its ingest');
  return {
    preloaded: options.preload,
    connections: options.connections,
    params,
    queryNames: queries.map((q) => q.name),
    ingestWorkers,
    minutes,
    ingest,
    logs: {
      warn: logs.warn,
      aboveWarn: logs.aboveWarn,
      other: logs.other,
      samples: logs.samples,
    },
    failureSamples,
    note:
      ingest.articles + options.preload >= total
        ? `The ingest ran out of new articles (${options.maxNewArticles}) before the load ended.`
        : undefined,
  };
}
