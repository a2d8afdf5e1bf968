// A ready graph for one-shot commands (ingest, retract): Neo4j from NEO4J_URI,
// else the local/testcontainers Neo4j of neo4jSource (keeping its data where
// `serve` keeps it), a driver, and the schema migrated.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from './driver';
import { applyMigrations } from './migrate';
import { acquireNeo4j } from '../neo4j/neo4jSource';

export interface OpenGraph {
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

/** Where `serve` keeps a locally started Neo4j, so `ingest` then `serve` see the same data. */
export const LOCAL_DATA_DIR = join(__dirname, '..', '..', '.neo4j', 'serve');

export async function openGraph(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
  options: { maxRetryMs?: number } = {},
): Promise<OpenGraph> {
  const endpoint = await acquireNeo4j({ env, dataDir: LOCAL_DATA_DIR, log, tuning: 'throughput' });
  const driver = createDriver({ ...endpoint, maxRetryMs: options.maxRetryMs });
  const close = async () => {
    await driver.close();
    await endpoint.stop();
  };
  try {
    await applyMigrations(driver, endpoint.database);
  } catch (error) {
    await close();
    throw error;
  }
  return { driver, database: endpoint.database, close };
}
