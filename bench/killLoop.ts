// The kill loop (`npm run bench -- --kill-loop`, also part of `--soak`): the
// bench's corpus articles ingested the way `diplograph ingest` does it
// (ingestFiles on a JSON Lines file, one transaction per 50 articles) into a
// local Neo4j that is SIGKILLed at seeded moments and restarted on the same
// data folder; the ingest is re-run after each restart. At the end every
// article must be present exactly once, no node or fact doubled, nothing that
// was acknowledged lost, and the graph must equal (fingerprint) a clean
// ingest of the same file into an empty database.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { DEFAULT_MAX_RETRY_MS } from '../src/graph/driver';
import { applyMigrations } from '../src/graph/migrate/migrate';
import { ingestFiles } from '../src/pipeline/ingestFiles';
import type { IngestSummary } from '../src/pipeline/ingestFiles';
import { LOCAL_PASSWORD, LOCAL_USERNAME, startLocalNeo4j } from '../src/neo4j/localNeo4j';
import type { LocalNeo4j } from '../src/neo4j/localNeo4j';
import { graphFingerprint } from '../tests/integration/graph/graphFingerprint';
import { graphDuplicates } from '../tests/integration/security/graphDuplicates';
import { loadBenchArticles } from './benchArticle';
import type { BenchArticle } from './benchArticle';
import { createRng } from './corpus/createRng';
import { freePort } from './ServerProcess';
import { median } from './stats';

const DATABASE = 'neo4j';

export interface KillLoopOptions {
  articles: number;
  kills: number;
  seed: number;
  log: (message: string) => void;
}

export interface KillRecord {
  index: number;
  /** Ingest run (1-based) during which the kill was armed. */
  run: number;
  /** Distinct articles acknowledged (written or unchanged) when the kill was armed. */
  armedAtAcknowledged: number;
  /** Seeded delay between arming and SIGKILL. */
  delayMs: number;
  /** Distinct articles acknowledged when the signal was sent. */
  acknowledgedAtKill: number;
  /** Whether the ingest run was still going when the signal was sent. */
  midRun: boolean;
  /** How the interrupted run ended: its error, or its failures when it returned. */
  outcome: string;
  /** Acknowledged articles missing after the restart (must be 0). */
  acknowledgedMissing: number;
  /** From spawning java to Bolt answering, recovery included. */
  restartSeconds: number;
}

export interface KillLoopReport {
  articles: number;
  seed: number;
  kills: KillRecord[];
  /** Ingest runs, the final complete one included. */
  runs: number;
  /** Summary of the final run (which must end with no failures). */
  finalRun: { new: number; unchanged: number; replaced: number; failed: number };
  seconds: number;
  articleNodes: number;
  /** Bench URLs stored as more than one Article node. */
  duplicatedArticles: number;
  /** Bench URLs not stored. */
  missingArticles: number;
  /** graphDuplicates: nodes sharing an id, facts sharing a key, repeated MENTIONS/FROM. */
  duplicates: string[];
  fingerprintLines: number;
  cleanFingerprintLines: number;
  fingerprintEqual: boolean;
  /** A few lines only one side has (empty when equal). */
  differences: string[];
  cleanIngestSeconds: number;
  medianRestartSeconds: number;
}

/** Seeded kill moments: distinct acknowledgement counts in [1, articles - 1], ascending, and delays. */
export function killSchedule(
  articles: number,
  kills: number,
  seed: number,
): { atAcknowledged: number; delayMs: number }[] {
  const rng = createRng(seed, 'kill-loop');
  const points = new Set<number>();
  while (points.size < Math.min(kills, articles - 1)) points.add(rng.int(1, articles - 1));
  return [...points]
    .sort((a, b) => a - b)
    .map((atAcknowledged) => ({ atAcknowledged, delayMs: rng.int(0, 800) }));
}

function jsonLines(articles: readonly BenchArticle[]): string {
  return articles.map((a) => JSON.stringify(a)).join('\n') + '\n';
}

async function startOn(dataDir: string, port: number, log: KillLoopOptions['log']) {
  return startLocalNeo4j({ dataDir, port, tuning: 'throughput', log });
}

/** createDriver's settings, without its warn logging: every kill makes the pool log broken connections. */
function connect(local: LocalNeo4j): Driver {
  const auth = LOCAL_PASSWORD ? neo4j.auth.basic(LOCAL_USERNAME, LOCAL_PASSWORD) : undefined;
  return neo4j.driver(local.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10000,
    maxTransactionRetryTime: DEFAULT_MAX_RETRY_MS,
    logging: { level: 'error', logger: () => {} },
  });
}

async function countPresent(driver: Driver, ids: readonly string[]): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n',
    { ids },
    { database: DATABASE },
  );
  return Number(records[0]?.get('n') ?? 0);
}

async function articleCheck(driver: Driver, urls: readonly string[]) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article) WITH a.url AS url, count(*) AS n
     RETURN collect({url: url, n: n}) AS stored, sum(n) AS total`,
    {},
    { database: DATABASE },
  );
  const stored = new Map(
    (records[0]?.get('stored') as { url: string; n: number }[]).map((row) => [row.url, row.n]),
  );
  return {
    articleNodes: Number(records[0]?.get('total') ?? 0),
    duplicated: urls.filter((url) => (stored.get(url) ?? 0) > 1).length,
    missing: urls.filter((url) => !stored.has(url)).length,
  };
}

function describe(summary: IngestSummary): string {
  const a = summary.articles;
  return `returned: ${a.new} new, ${a.unchanged} unchanged, ${a.failed} failed`;
}

export async function runKillLoop(options: KillLoopOptions): Promise<KillLoopReport> {
  const { log } = options;
  const started = Date.now();
  const home = await mkdtemp(path.join(tmpdir(), 'diplograph-kill-loop-'));
  const articles = loadBenchArticles(options.articles, options.seed);
  const file = path.join(home, 'articles.jsonl');
  await writeFile(file, jsonLines(articles));
  const urls = articles.map((a) => a.url);
  const port = await freePort();
  const dataDir = path.join(home, 'db');
  let local = await startOn(dataDir, port, log);
  const driver = connect(local);
  const cleanDir = path.join(home, 'clean');
  let clean: LocalNeo4j | undefined;
  try {
    await applyMigrations(driver, DATABASE);
    const schedule = killSchedule(options.articles, options.kills, options.seed);
    const acknowledged = new Set<string>();
    const kills: KillRecord[] = [];
    let run = 0;
    let finalRun: KillLoopReport['finalRun'] | undefined;
    while (!finalRun) {
      run += 1;
      const next = schedule[kills.length];
      let killed: Promise<void> | undefined;
      let armedAt = 0;
      let runEnded = false;
      let sentMidRun = false;
      let acknowledgedAtKill = 0;
      const pid = local.pid;
      const arm = () => {
        if (!next || killed) return;
        armedAt = acknowledged.size;
        killed = new Promise<void>((resolve) => {
          setTimeout(() => {
            sentMidRun = !runEnded;
            acknowledgedAtKill = acknowledged.size;
            process.kill(pid, 'SIGKILL');
            resolve();
          }, next.delayMs);
        });
      };
      if (next && acknowledged.size >= next.atAcknowledged) arm();
      log(`kill loop: run ${run} (${acknowledged.size}/${articles.length} acknowledged so far)`);
      let outcome: string;
      try {
        const summary = await ingestFiles([file], {
          driver,
          database: DATABASE,
          onEvent(event) {
            if (event.kind !== 'written') return;
            acknowledged.add(event.result.articleId);
            if (next && acknowledged.size >= next.atAcknowledged) arm();
          },
        });
        outcome = describe(summary);
        if (!killed && summary.failures.length === 0) {
          finalRun = { ...summary.articles };
          break;
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        outcome = `rejected: ${message.split('. Please ensure')[0]}`;
      } finally {
        runEnded = true;
      }
      if (!killed) {
        // Failures without a kill: report them and stop rather than loop.
        throw new Error(`ingest run ${run} failed without a kill: ${outcome}`);
      }
      await killed;
      await local.stop(); // reaps the killed process
      local = await startOn(dataDir, port, log);
      const ids = [...acknowledged];
      const missing = ids.length - (await countPresent(driver, ids));
      const record: KillRecord = {
        index: kills.length + 1,
        run,
        armedAtAcknowledged: armedAt,
        delayMs: next?.delayMs ?? 0,
        acknowledgedAtKill,
        midRun: sentMidRun,
        outcome,
        acknowledgedMissing: missing,
        restartSeconds: local.startupMs / 1000,
      };
      kills.push(record);
      log(
        `  kill ${record.index}: armed at ${armedAt} acknowledged, +${record.delayMs} ms ` +
          `(${acknowledgedAtKill} acknowledged at the signal), ` +
          `${sentMidRun ? 'mid-run' : 'after the run'}; ${outcome}; ` +
          `${missing} acknowledged missing; restart ${record.restartSeconds.toFixed(1)} s`,
      );
    }
    if (!finalRun) throw new Error('the kill loop ended without a complete run');
    const check = await articleCheck(driver, urls);
    const duplicates = await graphDuplicates(driver, DATABASE);
    const fingerprint = await graphFingerprint(driver, DATABASE);
    const seconds = (Date.now() - started) / 1000;
    await driver.close();
    await local.stop();

    log('kill loop: clean ingest of the same file into an empty database');
    clean = await startOn(cleanDir, port, log);
    const cleanDriver = connect(clean);
    let cleanFingerprint: string[];
    let cleanIngestSeconds: number;
    try {
      await applyMigrations(cleanDriver, DATABASE);
      const cleanStarted = Date.now();
      const once = await ingestFiles([file], { driver: cleanDriver, database: DATABASE });
      cleanIngestSeconds = (Date.now() - cleanStarted) / 1000;
      if (once.failures.length > 0) throw new Error(`clean ingest failed: ${describe(once)}`);
      cleanFingerprint = await graphFingerprint(cleanDriver, DATABASE);
    } finally {
      await cleanDriver.close();
    }
    const ours = new Set(fingerprint);
    const theirs = new Set(cleanFingerprint);
    const differences = [
      ...fingerprint.filter((line) => !theirs.has(line)).map((line) => `kill loop only: ${line}`),
      ...cleanFingerprint.filter((line) => !ours.has(line)).map((line) => `clean only: ${line}`),
    ];
    return {
      articles: articles.length,
      seed: options.seed,
      kills,
      runs: run,
      finalRun,
      seconds,
      articleNodes: check.articleNodes,
      duplicatedArticles: check.duplicated,
      missingArticles: check.missing,
      duplicates,
      fingerprintLines: fingerprint.length,
      cleanFingerprintLines: cleanFingerprint.length,
      fingerprintEqual:
        fingerprint.length === cleanFingerprint.length &&
        fingerprint.every((line, index) => line === cleanFingerprint[index]),
      differences: differences.slice(0, 10).map((line) => line.slice(0, 300)),
      cleanIngestSeconds,
      medianRestartSeconds: median(kills.map((kill) => kill.restartSeconds)),
    };
  } finally {
    await driver.close().catch(() => {});
    await local.stop().catch(() => {});
    await clean?.stop().catch(() => {});
    await rm(home, { recursive: true, force: true });
  }
}
