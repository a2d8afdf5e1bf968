// One neo4j-driver instance per process. Reads go through read sessions and
// writes through write sessions (executeRead / executeWrite), so a neo4j://
// URI against a cluster or Aura routes them.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
  /**
   * How long executeWrite/executeRead retry transient failures (an unreachable
   * server included) before giving up; the driver's default is 30 s.
   */
  maxRetryMs?: number;
}

export const DEFAULT_MAX_RETRY_MS = 5000;

export function createDriver(settings: Neo4jSettings): Driver {
  const auth = settings.password
    ? neo4j.auth.basic(settings.username, settings.password)
    : undefined;
  return neo4j.driver(settings.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10000,
    maxTransactionRetryTime: settings.maxRetryMs ?? DEFAULT_MAX_RETRY_MS,
    logging: { level: 'warn', logger: (_level, message) => process.stderr.write(`${message}\n`) },
  });
}

/** True when Neo4j answers a trivial query within `timeoutMs`. Never throws. */
export async function neo4jAnswers(
  driver: Driver,
  database: string,
  timeoutMs = 2000,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const query = driver
    .executeQuery('RETURN 1 AS ok', {}, { database, routing: neo4j.routing.READ })
    .then(() => true)
    .catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
