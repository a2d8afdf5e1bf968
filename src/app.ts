// Composition root: config → Neo4j → driver → migrations → samples → server.
// Each step says in the log what it waits for, and how long it took.
import type { Config } from './config/config';
import { loadConfig } from './config/config';
import { createLogger } from './config/logger';
import type { Logger } from './config/logger';
import { samplesDir } from './config/samplesDir';
import { localDataDir } from './neo4j/localDataDir';
import { acquireNeo4j } from './neo4j/neo4jSource';
import type { Neo4jEndpoint } from './neo4j/neo4jSource';
import { createDriver } from './graph/driver';
import { applyMigrations } from './graph/migrate/migrate';
import { ingestSamplesIntoEmptyGraph } from './pipeline/ingestSamples';
import { buildApiSchema } from './api/buildSchema';
import { startHttpServer } from './api/http';

export interface RunningApp {
  url: string;
  config: Config;
  logger: Logger;
  neo4j: Neo4jEndpoint;
  /** Drains HTTP, closes the driver, stops the local Neo4j this process started. */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  /** Load the sample articles into an empty graph (default true; see DIPLOGRAPH_SAMPLES_DIR). */
  samples?: boolean;
}

/** Stop budget (SIGTERM to exit within 10 s): requests in flight, then the local Neo4j. */
export const DRAIN_GRACE_MS = 4_000;
export const NEO4J_STOP_MS = 4_000;

export async function startApp(
  env: NodeJS.ProcessEnv = process.env,
  options: StartAppOptions = {},
): Promise<RunningApp> {
  const started = Date.now();
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  const since = (from: number) => Date.now() - from;
  const endpoint = await acquireNeo4j({
    env,
    dataDir: localDataDir(env),
    port: config.NEO4J_LOCAL_PORT,
    tuning: 'throughput',
    log: (message: string) => logger.info(message),
  });
  logger.info({ uri: endpoint.uri, origin: endpoint.origin, ...endpoint.local }, 'using Neo4j');
  const driver = createDriver({ ...endpoint, maxRetryMs: config.NEO4J_MAX_RETRY_MS });
  const closeGraph = async (): Promise<void> => {
    await driver.close();
    await endpoint.stop({ timeoutMs: NEO4J_STOP_MS });
  };
  try {
    logger.info('applying schema migrations');
    const migrating = Date.now();
    const migrations = await applyMigrations(driver, endpoint.database);
    logger.info({ ...migrations, ms: since(migrating) }, 'schema migrations checked');
    const samples =
      options.samples === false ? undefined : samplesDir(config.DIPLOGRAPH_SAMPLES_DIR);
    if (samples) await loadSamples(samples, driver, endpoint.database, config, logger);
  } catch (error) {
    await closeGraph();
    throw error;
  }
  const http = await startHttpServer({
    schema: buildApiSchema(),
    config,
    driver,
    database: endpoint.database,
    logger,
    drainGraceMs: DRAIN_GRACE_MS,
  });
  logger.info({ url: `${http.url}/graphql`, startupMs: since(started) }, 'ready');
  return {
    url: http.url,
    config,
    logger,
    neo4j: endpoint,
    async stop() {
      await http.close();
      await closeGraph();
    },
  };
}

async function loadSamples(
  dir: string,
  driver: ReturnType<typeof createDriver>,
  database: string,
  config: Config,
  logger: Logger,
): Promise<void> {
  const loading = Date.now();
  logger.info({ dir }, 'looking for an empty graph to load the sample articles into');
  const outcome = await ingestSamplesIntoEmptyGraph(dir, {
    driver,
    database,
    timeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  });
  if (!outcome.loaded) {
    logger.info({ dir, reason: outcome.reason }, 'sample articles not loaded');
    return;
  }
  const { articles, entities, relations, failures } = outcome.summary;
  logger.info(
    { dir, articles: articles.new, entities, relations, failures, ms: Date.now() - loading },
    'sample articles loaded',
  );
}
