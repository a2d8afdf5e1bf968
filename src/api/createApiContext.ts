// One ApiContext per GraphQL request: the app's services plus what belongs
// to the request (its API key, a query runner, fresh loaders).
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import type { QueryParams } from '../graph/queries/readRunner';
import { createReadRunner } from '../graph/queries/readRunner';
import { bearerToken } from './auth/bearerToken';
import type { ApiContext } from './context';
import { createLoaders } from './loaders/createLoaders';

export interface ApiServices {
  driver: Driver;
  database: string;
  config: Config;
  logger: Logger;
}

export interface RequestInfo {
  /** The request's Authorization header. */
  authorization?: string;
  /** Instrumentation: called once per read round trip. */
  onQuery?: (query: string, params: QueryParams) => void;
}

export function createApiContext(services: ApiServices, request: RequestInfo = {}): ApiContext {
  const reader = createReadRunner({
    driver: services.driver,
    database: services.database,
    timeoutMs: services.config.NEO4J_TX_TIMEOUT_MS,
    onQuery: request.onQuery,
  });
  return {
    ...services,
    apiKey: bearerToken(request.authorization),
    reader,
    loaders: createLoaders(reader),
  };
}
