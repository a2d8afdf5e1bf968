// The HTTP layer around the Apollo Server: /graphql, liveness (/health),
// readiness (/ready = Neo4j answers), and a bounded graceful shutdown: idle
// keep-alive connections close at once, requests in flight get `drainGraceMs`,
// then every connection is cut.
import http from 'node:http';
import express from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import { createApiContext } from './createApiContext';
import { createApolloServer } from './createApolloServer';
import { bodyErrorHandler, graphqlBodyParser } from './limits/graphqlBodyParser';
import { httpServerOptions } from './limits/httpServerOptions';
import { QUERY_LIMITS } from './limits/queryLimits';
import { neo4jAnswers } from '../graph/driver';
import { packageVersion } from '../config/packageVersion';

export interface HttpServices {
  schema: GraphQLSchema;
  config: Config;
  driver: Driver;
  database: string;
  logger: Logger;
  /** How long close() lets requests in flight finish before cutting connections (default 10 s). */
  drainGraceMs?: number;
}

export interface RunningHttpServer {
  server: http.Server;
  url: string;
  /** Stops accepting connections, closes idle ones, drains requests in flight, stops Apollo. */
  close(): Promise<void>;
}

export async function startHttpServer(services: HttpServices): Promise<RunningHttpServer> {
  const { config, driver, database, logger } = services;
  const app = express();
  // Whole request within DIPLOGRAPH_REQUEST_TIMEOUT_MS, headers within 10 s at most.
  const server = http.createServer(httpServerOptions(config.DIPLOGRAPH_REQUEST_TIMEOUT_MS), app);
  const bodyLimits = {
    queryLimit: config.DIPLOGRAPH_QUERY_BODY_LIMIT,
    ingestLimit: config.DIPLOGRAPH_INGEST_BODY_LIMIT,
    maxTokens: QUERY_LIMITS.tokens,
  };
  const apollo = createApolloServer({
    schema: services.schema,
    config,
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: services.drainGraceMs ?? 10_000,
      }),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: packageVersion() });
  });
  app.get('/ready', async (_req, res) => {
    const ready = await neo4jAnswers(driver, database);
    res.status(ready ? 200 : 503).json({ ready, neo4j: ready });
  });
  app.use(
    '/graphql',
    // DIPLOGRAPH_QUERY_BODY_LIMIT, or DIPLOGRAPH_INGEST_BODY_LIMIT for ingest mutations; 413 past it.
    ...graphqlBodyParser(bodyLimits),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createApiContext(
          { driver, database, config, logger },
          { authorization: req.headers.authorization },
        ),
    }),
  );
  app.use(bodyErrorHandler(bodyLimits));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
  logger.info({ url: `${url}/graphql` }, 'diplograph API listening');
  return { server, url, close: () => apollo.stop() };
}
