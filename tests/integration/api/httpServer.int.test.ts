import type { Driver } from 'neo4j-driver';
import { startHttpServer } from '../../../src/api/http';
import type { RunningHttpServer } from '../../../src/api/http';
import { buildApiSchema } from '../../../src/api/buildSchema';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/config/logger';
import { createDriver } from '../../../src/graph/driver';
import { packageVersion } from '../../../src/config/packageVersion';

// The service as a user meets it: HTTP on a free port, against the real Neo4j
// that the integration globalSetup started.
describe('HTTP server', () => {
  const config = loadConfig({ ...process.env, PORT: '1', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  let driver: Driver;
  let running: RunningHttpServer;

  beforeAll(async () => {
    driver = createDriver({
      uri: process.env.NEO4J_URI ?? '',
      username: process.env.NEO4J_USERNAME ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
    });
    running = await startHttpServer({
      schema: buildApiSchema(),
      config: { ...config, PORT: 0 },
      driver,
      database: process.env.NEO4J_DATABASE ?? 'neo4j',
      logger: createLogger('silent'),
    });
  });

  afterAll(async () => {
    await running.close();
    await driver.close();
  });

  it('answers liveness on /health', async () => {
    const response = await fetch(`${running.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: packageVersion() });
  });

  it('is ready when Neo4j answers', async () => {
    const response = await fetch(`${running.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true });
  });

  it('serves the health query on /graphql', async () => {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { version neo4j } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { health: { version: packageVersion(), neo4j: true } },
    });
  });

  it('reports not ready, without throwing, when the driver cannot reach Neo4j', async () => {
    const deadDriver = createDriver({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: '',
      database: 'neo4j',
    });
    const other = await startHttpServer({
      schema: buildApiSchema(),
      config: { ...config, PORT: 0 },
      driver: deadDriver,
      database: 'neo4j',
      logger: createLogger('silent'),
    });
    try {
      const ready = await fetch(`${other.url}/ready`);
      expect(ready.status).toBe(503);
      const query = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { neo4j } }' }),
      });
      expect(await query.json()).toEqual({ data: { health: { neo4j: false } } });
    } finally {
      await other.close();
      await deadDriver.close();
    }
  });
});
