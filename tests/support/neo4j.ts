// Helpers for integration tests: one driver per test file (jest gives each file
// its own module registry), pointed at the Neo4j that globalSetup provides.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

let driver: Driver | undefined;

/** The database name the integration tests use (NEO4J_DATABASE, set by globalSetup). */
export function testDatabase(): string {
  return process.env.NEO4J_DATABASE || 'neo4j';
}

export function testDriver(): Driver {
  if (driver) return driver;
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error(
      'NEO4J_URI is not set: integration tests get it from tests/support/globalSetup.ts ' +
        '(run them with `npx jest --selectProjects integration`)',
    );
  }
  const username = process.env.NEO4J_USERNAME || 'neo4j';
  driver = neo4j.driver(uri, neo4j.auth.basic(username, process.env.NEO4J_PASSWORD ?? ''));
  return driver;
}

/** Deletes every node and relationship; constraints and indexes stay. */
export async function resetDatabase(target: Driver = testDriver()): Promise<void> {
  await target.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: testDatabase() });
}

export async function closeTestDriver(): Promise<void> {
  const open = driver;
  driver = undefined;
  await open?.close();
}
