// Query latency under load, API (GraphQL, child process) against the raw
// baseline (hand-written Cypher behind bare HTTP, child process), at the graph
// size currently loaded. Before timing, both answers are fetched and their
// canonical projections compared; each query's Cypher on both sides is
// EXPLAINed for scans.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { apiCypher } from './apiCypher';
import type { QueryParams } from './benchQueries';
import { benchQueries } from './benchQueries';
import type { PlanCheck } from './explainPlan';
import { explainQuery, mergePlans } from './explainPlan';
import type { LoadResult, LoadSettings } from './loadTest';
import { loadTest } from './loadTest';
import type { QueryProfile } from './profileQuery';
import { mergeProfiles, profileQuery } from './profileQuery';
import { freePort, ServerProcess } from './ServerProcess';
import { median, repeat } from './stats';
import { timeCypher } from './timeCypher';

/** Sequential driver round trips per query for the Cypher-alone timing (default). */
const CYPHER_SAMPLES = 15;

export interface SideLatency {
  p50: number;
  p99: number;
  requestsPerSecond: number;
  failures: number;
  runs: LoadResult[];
}

export interface QueryResult {
  name: string;
  label: string;
  answersMatch: boolean;
  graphqlAnswer: unknown;
  rawAnswer: unknown;
  api: SideLatency;
  raw: SideLatency;
  /** GraphQL p50 / raw p50. */
  ratio: number;
  apiPlan: PlanCheck;
  rawPlan: PlanCheck;
  /** Median driver round trip (ms, one at a time, no HTTP) of the API's Cypher and of the raw Cypher. */
  apiCypherMs: number;
  rawCypherMs: number;
}

export interface QueriesResult {
  articlesLoaded: number;
  params: QueryParams;
  settings: LoadSettings & { runs: number };
  queries: QueryResult[];
  apiMemory: { idleRssMb: number; peakRssMb: number };
  rawMemory: { peakRssMb: number };
  /** PROFILE of the API's dossier queries, added up. */
  dossierProfile: QueryProfile;
}

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

function side(runs: LoadResult[]): SideLatency {
  return {
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    requestsPerSecond: median(runs.map((run) => run.requestsPerSecond)),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
    runs,
  };
}

async function postJson(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

export async function measureQueries(options: {
  driver: Driver;
  neo4j: Neo4jConnection;
  params: QueryParams;
  articlesLoaded: number;
  settings: LoadSettings;
  runs: number;
  cypherSamples?: number;
  log: (message: string) => void;
}): Promise<QueriesResult> {
  const { driver, neo4j, params, settings, log } = options;
  const queries = benchQueries(params);
  const baseEnv = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  const api = await ServerProcess.start(path.join(__dirname, 'apiServerMain.ts'), {
    ...baseEnv,
    PORT: String(await freePort()),
  });
  const raw = await ServerProcess.start(path.join(__dirname, 'rawServerMain.ts'), {
    ...baseEnv,
    PORT: '0',
    BENCH_RAW_QUERIES: JSON.stringify(
      Object.fromEntries(queries.map((q) => [q.name, q.raw] as const)),
    ),
  });
  try {
    const idle = api.memory();
    api.resetPeak();
    raw.resetPeak();
    let dossierProfile: QueryProfile = { dbHits: 0, rows: 0, top: [] };
    const results: QueryResult[] = [];
    for (const query of queries) {
      const graphqlUrl = `${api.url}/graphql`;
      const rawUrl = `${raw.url}/q/${query.name}`;
      const gql = await postJson(graphqlUrl, query.graphql);
      if (gql.errors || !gql.data) {
        throw new Error(`${query.name}: the API answered ${JSON.stringify(gql.errors ?? gql)}`);
      }
      const rawAnswer = (await (await fetch(rawUrl)).json()) as {
        rows?: Record<string, unknown>[];
        error?: string;
      };
      if (!rawAnswer.rows) throw new Error(`${query.name}: raw Cypher failed: ${rawAnswer.error}`);
      const graphqlAnswer = query.canonicalGraphql(gql.data as Record<string, unknown>);
      const rawCanonical = query.canonicalRaw(rawAnswer.rows);
      // Projections are JSON values with a fixed key order: compare as text (deep equality
      // would also compare prototypes, which differ across realms under jest).
      const answersMatch = JSON.stringify(graphqlAnswer) === JSON.stringify(rawCanonical);
      if (!answersMatch) log(`  ${query.name}: ANSWERS DIFFER (GraphQL vs raw), timing anyway`);

      const dossierKeys = query.name === 'bilateral' ? (rawAnswer.rows[0]?.keys as string[]) : [];
      const calls = apiCypher(params, dossierKeys ?? [])[query.name] ?? [];
      const apiPlan = mergePlans(
        await Promise.all(
          calls.map((call) => explainQuery(driver, neo4j.database, call.cypher, call.params)),
        ),
      );
      if (query.name === 'bilateral') {
        dossierProfile = mergeProfiles(
          await Promise.all(
            calls.map((call) => profileQuery(driver, neo4j.database, call.cypher, call.params)),
          ),
        );
      }
      const rawPlan = await explainQuery(
        driver,
        neo4j.database,
        query.raw.cypher,
        query.raw.params,
      );
      // The API's queries for one request run one after another: their times add up.
      let apiCypherMs = 0;
      for (const call of calls) {
        apiCypherMs += await timeCypher(
          driver,
          neo4j.database,
          call.cypher,
          call.params,
          options.cypherSamples ?? CYPHER_SAMPLES,
        );
      }
      const rawCypherMs = await timeCypher(
        driver,
        neo4j.database,
        query.raw.cypher,
        query.raw.params,
        options.cypherSamples ?? CYPHER_SAMPLES,
      );

      const graphqlRequest = {
        url: graphqlUrl,
        method: 'POST' as const,
        body: JSON.stringify(query.graphql),
      };
      const rawRequest = { url: rawUrl, method: 'GET' as const };
      // Warm both sides (plan caches, JIT), then alternate so drift in machine load hits both.
      const warm = { connections: 2, durationSeconds: 1 };
      await loadTest(graphqlRequest, warm);
      await loadTest(rawRequest, warm);
      const apiRuns: LoadResult[] = [];
      const rawRuns: LoadResult[] = [];
      await repeat(options.runs, async () => {
        apiRuns.push(await loadTest(graphqlRequest, settings));
        rawRuns.push(await loadTest(rawRequest, settings));
      });
      const apiSide = side(apiRuns);
      const rawSide = side(rawRuns);
      log(
        `  ${query.name}: GraphQL p50 ${apiSide.p50} ms p99 ${apiSide.p99} ms; ` +
          `raw p50 ${rawSide.p50} ms p99 ${rawSide.p99} ms`,
      );
      results.push({
        name: query.name,
        label: query.label,
        answersMatch,
        graphqlAnswer,
        rawAnswer: rawCanonical,
        api: apiSide,
        raw: rawSide,
        ratio: apiSide.p50 / rawSide.p50,
        apiPlan,
        rawPlan,
        apiCypherMs,
        rawCypherMs,
      });
    }
    return {
      articlesLoaded: options.articlesLoaded,
      params,
      settings: { ...settings, runs: options.runs },
      queries: results,
      apiMemory: { idleRssMb: idle.rssMb, peakRssMb: api.memory().peakRssMb },
      rawMemory: { peakRssMb: raw.memory().peakRssMb },
      dossierProfile,
    };
  } finally {
    await Promise.all([api.stop(), raw.stop()]);
  }
}
