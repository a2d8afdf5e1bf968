import type { Driver } from 'neo4j-driver';
import type { Config } from '../config/config';
import type { Logger } from '../config/logger';

/** What every resolver can reach; built once per request from the app's services. */
export interface ApiContext {
  driver: Driver;
  database: string;
  config: Config;
  logger: Logger;
}
