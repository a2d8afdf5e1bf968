// Faults between the service and the suite's Neo4j (the same source as every
// other integration test: NEO4J_URI, testcontainers or the local one), injected
// by a TCP proxy in front of it: down at start-up, every connection cut
// mid-ingest then back, and a server drained while requests are in flight.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { buildApiSchema } from '../../../src/api/buildSchema';
import { startHttpServer } from '../../../src/api/http';
import type { RunningHttpServer } from '../../../src/api/http';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/config/logger';
import { GraphUnavailableError } from '../../../src/graph/errors';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import { freshGraph } from '../api/apiHarness';
import { graphFingerprint } from '../graph/graphFingerprint';
import { graphDuplicates } from '../security/graphDuplicates';
import type { BoltProxy } from './boltProxy';
import { startBoltProxy } from './boltProxy';
import { writeArticles } from './generatedArticles';

const DATABASE = testDatabase();
const home = mkdtempSync(join(tmpdir(), 'diplograph-faults-'));
const articlesDir = join(home, 'articles');
let proxy: BoltProxy;
let driver: Driver;
let server: RunningHttpServer | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function quickDriver(): Driver {
  // Lossless integers, like the shared test driver: the fingerprints compare equal.
  const password = process.env.NEO4J_PASSWORD ?? '';
  const auth = password
    ? neo4j.auth.basic(process.env.NEO4J_USERNAME || 'neo4j', password)
    : undefined;
  return neo4j.driver(proxy.uri, auth, {
    maxTransactionRetryTime: 1500,
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
}

async function serve(target: Driver): Promise<RunningHttpServer> {
  const env = { LOG_LEVEL: 'silent', HOST: '127.0.0.1', NEO4J_TX_TIMEOUT_MS: '3000' };
  return startHttpServer({
    schema: buildApiSchema(),
    config: { ...loadConfig(env), PORT: 0 },
    driver: target,
    database: DATABASE,
    logger: createLogger('silent'),
  });
}

async function graphql(url: string, query: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

beforeAll(async () => {
  proxy = await startBoltProxy(process.env.NEO4J_URI ?? '', await freePort());
  driver = quickDriver();
  await freshGraph(testDriver(), DATABASE);
});

afterAll(async () => {
  await server?.close();
  await driver.close();
  await proxy.close();
  await closeTestDriver();
  rmSync(home, { recursive: true, force: true });
});

it('Neo4j down at start: not ready, SERVICE_UNAVAILABLE; ready once Neo4j starts, no restart', async () => {
  server = await serve(driver);
  const notReady = await fetch(`${server.url}/ready`);
  expect(notReady.status).toBe(503);
  expect(await notReady.json()).toEqual({ ready: false, neo4j: false });
  expect((await fetch(`${server.url}/health`)).status).toBe(200);

  const down = await graphql(server.url, '{ entity(id: "CHN") { name } }');
  expect(down.body.errors?.[0]).toMatchObject({
    message: 'The graph database is unavailable; try again shortly.',
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });

  await proxy.up();
  await applyMigrations(driver, DATABASE);
  const ready = await fetch(`${server.url}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, neo4j: true });
  const up = await graphql(server.url, '{ entity(id: "CHN") { name } }');
  expect(up.body).toEqual({ data: { entity: null } });
});

it('every connection cut mid-ingest, Neo4j back, re-run: nothing lost, nothing doubled', async () => {
  const files = writeArticles(articlesDir, 6);
  const acknowledged: string[] = [];
  let crashed = false;
  const interrupted = ingestFiles(files, {
    driver,
    database: DATABASE,
    // Two articles per transaction: acknowledged in pairs, the cut lands in a later pair.
    batchSize: 2,
    onEvent(event) {
      if (event.kind !== 'written') return;
      acknowledged.push(event.result.articleId);
      // A few milliseconds later: the cut may land inside the next batch's transaction.
      if (acknowledged.length === 2 && !crashed) {
        crashed = true;
        setTimeout(() => void proxy.crash(), 15);
      }
    },
  });
  await expect(interrupted).rejects.toBeInstanceOf(GraphUnavailableError);
  expect(acknowledged.length).toBeGreaterThanOrEqual(2);
  expect(acknowledged.length).toBeLessThan(files.length);
  await proxy.up();
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) WHERE a.id IN $ids RETURN count(a) AS n',
    { ids: acknowledged },
    { database: DATABASE },
  );
  expect(Number(records[0]?.get('n'))).toBe(acknowledged.length);
  const rerun = await ingestFiles(files, { driver, database: DATABASE });
  expect(rerun.failures).toEqual([]);
  expect(rerun.articles.new + rerun.articles.unchanged).toBe(files.length);
  expect(rerun.articles.unchanged).toBeGreaterThanOrEqual(acknowledged.length);
  expect(await graphDuplicates(driver, DATABASE)).toEqual([]);
  const recovered = await graphFingerprint(testDriver(), DATABASE);

  // The same files ingested once, cleanly, into an emptied graph.
  const clean = testDriver();
  await freshGraph(clean, DATABASE);
  const once = await ingestFiles(files, { driver: clean, database: DATABASE });
  expect(once.articles.new).toBe(files.length);
  const expected = await graphFingerprint(clean, DATABASE);
  expect(expected.length).toBeGreaterThan(files.length * 3);
  expect(recovered).toEqual(expected);
});

it('close() drains in-flight requests (all 200) and refuses new connections', async () => {
  await server?.close();
  server = undefined;
  // Each read waits 600 ms before going to Neo4j: requests are surely in flight at close().
  const slow = new Proxy(driver, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'executeQuery' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as Driver;
  const draining = await serve(slow);
  const started = Date.now();
  const inFlight = Array.from({ length: 6 }, () =>
    graphql(draining.url, '{ entities(first: 3) { totalCount edges { node { id } } } }'),
  );
  await new Promise((resolve) => setTimeout(resolve, 150));
  await draining.close();
  const answers = await Promise.all(inFlight);
  expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  for (const answer of answers) {
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.entities as { totalCount: number }).totalCount).toBeGreaterThan(0);
  }
  await expect(fetch(`${draining.url}/health`)).rejects.toThrow();
});
