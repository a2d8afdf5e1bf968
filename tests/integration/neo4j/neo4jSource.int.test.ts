// Where Neo4j comes from, against real databases: the NEO4J_URI that globalSetup
// exported, and a second, separate local Neo4j started, stopped and restarted here.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { LOCAL_PASSWORD, LOCAL_USERNAME, startLocalNeo4j } from '../../../src/neo4j/localNeo4j';
import type { LocalNeo4j } from '../../../src/neo4j/localNeo4j';
import { acquireNeo4j } from '../../../src/neo4j/neo4jSource';

const drivers: Driver[] = [];
const openDriver = (uri: string, username: string, password: string): Driver => {
  const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
  drivers.push(driver);
  return driver;
};

afterEach(async () => {
  await Promise.all(drivers.splice(0).map((driver) => driver.close()));
});

describe('acquireNeo4j with NEO4J_URI set', () => {
  it('returns that endpoint without probing Docker, and its stop() leaves the database up', async () => {
    const endpoint = await acquireNeo4j({
      env: process.env,
      dockerAvailable: () => Promise.reject(new Error('Docker must not be probed')),
    });

    expect(endpoint).toMatchObject({
      origin: 'env',
      uri: process.env.NEO4J_URI,
      username: process.env.NEO4J_USERNAME,
      database: process.env.NEO4J_DATABASE,
    });
    const driver = openDriver(endpoint.uri, endpoint.username, endpoint.password);
    const run = (): Promise<number> =>
      driver
        .executeQuery('RETURN 1 AS one', {}, { database: endpoint.database })
        .then(({ records }) => Number(records[0]?.get('one')));
    await expect(run()).resolves.toBe(1);
    await endpoint.stop();
    await expect(run()).resolves.toBe(1);
  });
});

describe('startLocalNeo4j (needs Java 17+: starts a Neo4j of its own, whatever NEO4J_URI says)', () => {
  let dataDir: string;
  let running: LocalNeo4j | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'diplograph-neo4j-test-'));
  });

  afterAll(async () => {
    await running?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stops completely on stop() and keeps its data for the next start on the same folder', async () => {
    const id = randomUUID();
    running = await startLocalNeo4j({ dataDir });
    const first = running;
    expect(first.uri).toBe(`bolt://127.0.0.1:${first.port}`);
    await openDriver(first.uri, LOCAL_USERNAME, LOCAL_PASSWORD).executeQuery(
      'CREATE (:LauncherProbe {id: $id})',
      { id },
    );

    await first.stop();
    running = undefined;
    expect(processAlive(first.pid)).toBe(false);
    await expect(portAccepts(first.port)).resolves.toBe(false);

    running = await startLocalNeo4j({ dataDir });
    expect(running.pid).not.toBe(first.pid);
    const { records } = await openDriver(running.uri, 'any-user', 'any-password').executeQuery(
      'MATCH (p:LauncherProbe {id: $id}) RETURN count(p) AS count',
      { id },
    );
    expect(Number(records[0]?.get('count'))).toBe(1);
  });
});

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
