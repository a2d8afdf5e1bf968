// Composition root: config → Neo4j → driver → migrations → schema → server.
import type { Config } from './config/config';
import { loadConfig } from './config/config';
import { createLogger } from './config/logger';
import type { Logger } from './config/logger';
import { LOCAL_DATA_DIR } from './neo4j/localDataDir';
import { acquireNeo4j } from './neo4j/neo4jSource';
import { createDriver } from './graph/driver';
import { applyMigrations } from './graph/migrate/migrate';
import { buildApiSchema } from './api/buildSchema';
import { startHttpServer } from './api/http';

export interface RunningApp {
  url: string;
  config: Config;
  logger: Logger;
  stop(): Promise<void>;
}

export async function startApp(env: NodeJS.ProcessEnv = process.env): Promise<RunningApp> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  // A local Neo4j started for `serve` keeps its data in .neo4j/serve between runs.
  const endpoint = await acquireNeo4j({
    env,
    dataDir: LOCAL_DATA_DIR,
    tuning: 'throughput',
    log: (message: string) => logger.info(message),
  });
  logger.info({ uri: endpoint.uri, origin: endpoint.origin }, 'using Neo4j');
  const driver = createDriver({ ...endpoint, maxRetryMs: config.NEO4J_MAX_RETRY_MS });
  try {
    const migrations = await applyMigrations(driver, endpoint.database);
    logger.info(migrations, 'schema migrations checked');
  } catch (error) {
    await driver.close();
    await endpoint.stop();
    throw error;
  }
  const http = await startHttpServer({
    schema: buildApiSchema(),
    config,
    driver,
    database: endpoint.database,
    logger,
  });
  return {
    url: http.url,
    config,
    logger,
    async stop() {
      await http.close();
      await driver.close();
      await endpoint.stop();
    },
  };
}
