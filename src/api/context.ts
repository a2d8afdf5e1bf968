import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';
import type { ReadRunner } from '../graph/queries/readRunner';
import type { Loaders } from './loaders/createLoaders';

/** What every resolver can reach; built once per request by createApiContext. */
export interface ApiContext {
  driver: Driver;
  database: string;
  config: Config;
  logger: Logger;
  /** The API key the request presented (`Authorization: Bearer KEY`), if any. */
  apiKey: string | undefined;
  /** Read queries of this request (counted by the `onQuery` hook when given). */
  reader: ReadRunner;
  /** This request's loaders: batching and caching of nested fields. */
  loaders: Loaders;
}
