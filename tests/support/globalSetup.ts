// Starts (or finds) the one Neo4j that the integration tests share, and hands its
// address to the test workers through NEO4J_* variables, which they inherit.
import { acquireNeo4j } from '../../src/neo4j/neo4jSource';
import type { Neo4jEndpoint } from '../../src/neo4j/neo4jSource';

const NEO4J_VARIABLES = [
  'NEO4J_URI',
  'NEO4J_USERNAME',
  'NEO4J_PASSWORD',
  'NEO4J_DATABASE',
] as const;

interface SharedNeo4j {
  endpoint: Neo4jEndpoint;
  /** The NEO4J_* values before setup, restored by teardown. */
  originalEnv: Record<string, string | undefined>;
}

const KEY = Symbol.for('diplograph.integration.neo4j');
const store = globalThis as unknown as { [KEY]?: SharedNeo4j };

export default async function globalSetup(): Promise<void> {
  const originalEnv = Object.fromEntries(NEO4J_VARIABLES.map((name) => [name, process.env[name]]));
  const started = Date.now();
  const endpoint = await acquireNeo4j({
    log: (message) => process.stderr.write(`[neo4j] ${message}\n`),
  });
  store[KEY] = { endpoint, originalEnv };
  process.env.NEO4J_URI = endpoint.uri;
  process.env.NEO4J_USERNAME = endpoint.username;
  process.env.NEO4J_PASSWORD = endpoint.password;
  process.env.NEO4J_DATABASE = endpoint.database;
  // Where it came from, for tests that want to say so (the env path is then always what they see).
  process.env.DIPLOGRAPH_TEST_NEO4J_ORIGIN = endpoint.origin;
  process.stderr.write(
    `[neo4j] integration tests use ${endpoint.uri} (${endpoint.origin}, ready in ${Date.now() - started} ms)\n`,
  );
}

/** Removes and returns what globalSetup stored (for globalTeardown). */
export function takeSharedNeo4j(): SharedNeo4j | undefined {
  const shared = store[KEY];
  delete store[KEY];
  return shared;
}
