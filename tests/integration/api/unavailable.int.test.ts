// Neo4j down: every read answers SERVICE_UNAVAILABLE within the configured
// timeout, and no error shows Cypher, addresses or stack traces.
import neo4j from 'neo4j-driver';
import { createTestApi } from './apiHarness';

const CLOSED_PORT = 'bolt://127.0.0.1:1';

describe('when Neo4j cannot be reached', () => {
  // Retries stop after a second (so no retry outlives the test) and stay quiet; the API's own
  // wait is capped at NEO4J_TX_TIMEOUT_MS either way (unit-tested in readRunner.test.ts).
  const driver = neo4j.driver(CLOSED_PORT, undefined, {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 1000,
    logging: { level: 'error', logger: () => {} },
  });
  const api = createTestApi(driver, 'neo4j', {
    NODE_ENV: 'development',
    NEO4J_TX_TIMEOUT_MS: '8000',
  });

  afterAll(async () => {
    await driver.close();
  });

  it.each([
    ['entity', '{ entity(id: "CHN") { name } }'],
    ['relations', '{ relations(first: 5) { totalCount edges { node { type } } } }'],
    ['bilateral', '{ bilateral(a: "CHN", b: "AZE") { articleCount } }'],
    ['path', '{ path(from: "lu-mei", to: "SCO") { length } }'],
    ['officials', '{ officials(country: "China") { role } }'],
    ['articles', '{ articles { totalCount } }'],
  ])('%s answers SERVICE_UNAVAILABLE, quickly and without internals', async (_name, query) => {
    const started = Date.now();
    const result = await api.run(query);
    expect(Date.now() - started).toBeLessThan(7_000);
    expect(result.data === null || Object.values(result.data ?? {}).every((v) => v === null)).toBe(
      true,
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    for (const error of result.errors ?? []) {
      expect(error.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(error.message).not.toMatch(/127\.0\.0\.1|MATCH|RETURN|at .*\.ts/);
    }
  });

  it('still refuses bad input before asking the database', async () => {
    const result = await api.run('{ path(from: "a", to: "b", maxHops: 9) { length } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.roundTrips).toBe(0);
  });
});
