// The real schema and Apollo server over a driver that points at a closed
// port and counts every session and query: a limit that works never reaches it.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { buildApiSchema } from '../../../src/api/buildSchema';
import { createApiContext } from '../../../src/api/createApiContext';
import { createApolloServer } from '../../../src/api/createApolloServer';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/config/logger';

export interface Answer {
  status: number | undefined;
  data: Record<string, unknown> | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

export interface SecurityApi {
  run(query: string, variables?: Record<string, unknown>): Promise<Answer>;
  /** Sessions opened and queries sent through the driver so far. */
  driverCalls(): number;
  close(): Promise<void>;
}

export function createSecurityApi(env: Record<string, string> = {}): SecurityApi {
  const real = neo4j.driver('bolt://127.0.0.1:1', undefined, {
    maxTransactionRetryTime: 500,
    logging: { level: 'error', logger: () => {} },
  });
  let calls = 0;
  const driver = new Proxy(real, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if ((prop === 'session' || prop === 'executeQuery') && typeof value === 'function') {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return value;
    },
  }) as Driver;
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env });
  const server = createApolloServer({ schema: buildApiSchema(), config });
  const logger = createLogger('silent');
  return {
    async run(query, variables) {
      const contextValue = createApiContext({ driver, database: 'neo4j', config, logger });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      return { status: response.http.status, data, errors: errors as Answer['errors'] };
    },
    driverCalls: () => calls,
    close: () => real.close(),
  };
}
