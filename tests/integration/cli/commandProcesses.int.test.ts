// The first run and everyday operations as real processes against a real local
// Neo4j (needs Java 17+; the jars are fetched on first use): `serve` on an
// empty data folder loads the samples; `ingest` in another process joins the
// Neo4j that `serve` runs and its facts show in the API; after `serve` is killed
// with -9 the next command starts a fresh Neo4j on the same data; SIGTERM stops
// `serve` within 10 s while a keep-alive client holds a connection open.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readEndpointRecord } from '../../../src/neo4j/endpointFile';
import { processAlive, waitForExit } from '../../../src/neo4j/processAlive';
import type { CliProcess } from './cliProcess';
import { freePort, localNeo4jEnv, runCli } from './cliProcess';

const home = mkdtempSync(path.join(tmpdir(), 'diplograph-processes-'));
const dataDir = path.join(home, 'neo4j');
const ARTICLE = path.join(__dirname, '../../fixtures/articles/article-peru-japan.json');
const README_QUERY = readFileSync(
  path.join(__dirname, '../../../docs/queries/china-ambassador-to-azerbaijan.graphql'),
  'utf8',
);
const START_MS = 150_000;
let env: NodeJS.ProcessEnv;
let serve: CliProcess | undefined;
let url: string;

jest.setTimeout(300_000);

async function graphql(query: string, agent?: http.Agent): Promise<Record<string, unknown>> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function startServe(): Promise<CliProcess> {
  const started = runCli(['serve'], env);
  serve = started;
  const ready = await started.waitForLog((line) => line.msg === 'ready', START_MS);
  url = (ready.url as string).replace(/\/graphql$/, '');
  return started;
}

beforeAll(async () => {
  env = localNeo4jEnv({
    NEO4J_LOCAL_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
  });
});

afterAll(async () => {
  if (serve && serve.child.exitCode === null) {
    serve.child.kill('SIGKILL');
    await serve.exited;
  }
  const record = readEndpointRecord(dataDir);
  if (record && processAlive(record.pid)) await waitForExit(record.pid, 30_000);
  rmSync(home, { recursive: true, force: true });
});

describe('the commands as processes (needs Java 17+: a local Neo4j of their own)', () => {
  it('serve on an empty folder starts Neo4j, loads the samples and answers the README query', async () => {
    const first = await startServe();
    const loaded = first.logs().find((line) => line.msg === 'sample articles loaded');
    const samples = readdirSync(path.join(__dirname, '../../../data/samples')).filter((f) =>
      f.endsWith('.txt'),
    );
    expect(loaded).toMatchObject({ articles: samples.length, failures: [] });
    expect(readEndpointRecord(dataDir)).toMatchObject({ ownerPid: first.child.pid });

    const answer = await graphql(README_QUERY);
    expect(answer).toMatchObject({
      data: { officials: [{ person: { id: 'lu-mei', name: 'Lu Mei' }, since: '2025' }] },
    });
  });

  it('ingest in another process joins that Neo4j, and its facts show in the running API', async () => {
    const before = await graphql('{ entity(id: "PER") { name } }');
    expect(before).toEqual({ data: { entity: null } });

    const ingest = runCli(['ingest', ARTICLE], env);
    const { code } = await ingest.exited;
    expect([code, ingest.stdout()]).toEqual([0, expect.stringContaining('articles: 1 new')]);
    expect(ingest.logs().map((line) => line.msg)).toContainEqual(
      expect.stringMatching(/^Using the local Neo4j already running/),
    );
    const after = await graphql('{ entity(id: "PER") { name } }');
    expect(after).toEqual({ data: { entity: { name: 'Peru' } } });
  });

  it('after kill -9 of the owner, the next command starts a fresh Neo4j on the same data', async () => {
    const killed = serve as CliProcess;
    const oldLauncher = readEndpointRecord(dataDir)?.pid;
    killed.child.kill('SIGKILL');
    await killed.exited;

    const next = await startServe();
    const record = readEndpointRecord(dataDir);
    expect(record?.ownerPid).toBe(next.child.pid);
    expect(record?.pid).not.toBe(oldLauncher);
    expect(next.logs().find((line) => line.msg === 'sample articles not loaded')).toMatchObject({
      reason: 'graph not empty',
    });
    expect(await graphql('{ entity(id: "PER") { name } }')).toEqual({
      data: { entity: { name: 'Peru' } },
    });
  });

  it('SIGTERM stops serve within 10 s while a keep-alive client holds a connection, and its Neo4j with it', async () => {
    const running = serve as CliProcess;
    const launcher = readEndpointRecord(dataDir)?.pid as number;
    const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    expect(await graphql('{ health { neo4j } }', agent)).toEqual({
      data: { health: { neo4j: true } },
    });
    expect(agent.freeSockets).not.toEqual({}); // the connection stays open, idle

    const signalled = Date.now();
    running.child.kill('SIGTERM');
    const exit = await running.exited;
    const stopMs = Date.now() - signalled;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(10_000);
    expect(processAlive(launcher)).toBe(false);
    expect(existsSync(path.join(dataDir, 'endpoint.json'))).toBe(false);
    agent.destroy();
  });
});
