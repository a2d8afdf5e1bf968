// The API as the integration tests meet it: the real schema and Apollo
// server (executeOperation, no HTTP), a context per operation built like the
// HTTP layer builds it, and a count of the Cypher round trips each
// operation made.
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { buildApiSchema } from '../../../src/api/buildSchema';
import type { ApiContext } from '../../../src/api/context';
import { createApiContext } from '../../../src/api/createApiContext';
import { createApolloServer } from '../../../src/api/createApolloServer';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/config/logger';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import type { IngestSummary } from '../../../src/pipeline/ingestFiles';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { resetDatabase } from '../../support/neo4j';

export const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'data', 'samples');

export interface OperationResult<T = Record<string, unknown>> {
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: readonly (string | number)[];
        extensions?: Record<string, unknown>;
      }[]
    | undefined;
  /** Cypher round trips the operation made through the API's read runner. */
  roundTrips: number;
  /** The Cypher texts, in order (to tell what a failing count did). */
  queries: string[];
}

export interface RunOptions {
  variables?: Record<string, unknown>;
  operationName?: string;
  authorization?: string;
}

export interface TestApi {
  server: ApolloServer<ApiContext>;
  run<T = Record<string, unknown>>(
    query: string,
    options?: RunOptions,
  ): Promise<OperationResult<T>>;
}

/** The API over `driver`, configured from these environment values (on top of quiet defaults). */
export function createTestApi(
  driver: Driver,
  database: string,
  env: Record<string, string> = {},
): TestApi {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const logger = createLogger('silent');
  const server = createApolloServer({ schema: buildApiSchema(), config });
  return {
    server,
    async run<T>(query: string, options: RunOptions = {}): Promise<OperationResult<T>> {
      const queries: string[] = [];
      const contextValue = createApiContext(
        { driver, database, config, logger },
        { authorization: options.authorization, onQuery: (cypher) => void queries.push(cypher) },
      );
      const response = await server.executeOperation<T>(
        { query, variables: options.variables, operationName: options.operationName },
        { contextValue },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return {
        data,
        errors: errors as OperationResult<T>['errors'],
        roundTrips: queries.length,
        queries,
      };
    },
  };
}

/** An empty, migrated database. */
export async function freshGraph(driver: Driver, database: string): Promise<void> {
  await resetDatabase(driver);
  await applyMigrations(driver, database);
}

/** The sample articles of data/samples, through the CLI's ingestion pipeline. */
export async function loadSamples(driver: Driver, database: string): Promise<IngestSummary> {
  const summary = await ingestFiles([SAMPLES_DIR], { driver, database });
  if (summary.failures.length > 0) {
    throw new Error(`sample articles failed: ${JSON.stringify(summary.failures)}`);
  }
  return summary;
}
