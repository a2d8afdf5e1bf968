// A ready graph for one-shot commands (ingest, retract): Neo4j from NEO4J_URI,
// else the local Neo4j of the shared data folder (joined when `serve` or
// another command runs it, else started for this command and stopped after),
// a driver, and the schema migrated.
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../config/config';
import { createDriver } from '../graph/driver';
import { applyMigrations } from '../graph/migrate/migrate';
import { localDataDir } from '../neo4j/localDataDir';
import { acquireNeo4j } from '../neo4j/neo4jSource';

export interface OpenGraph {
  driver: Driver;
  database: string;
  close(): Promise<void>;
}

export async function openGraph(
  env: NodeJS.ProcessEnv,
  log: (message: string) => void,
  options: { maxRetryMs?: number } = {},
): Promise<OpenGraph> {
  const endpoint = await acquireNeo4j({
    env,
    dataDir: localDataDir(env),
    port: loadConfig(env).NEO4J_LOCAL_PORT,
    log,
    tuning: 'throughput',
  });
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
