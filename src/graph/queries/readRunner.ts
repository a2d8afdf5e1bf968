// The one way the API reads the graph: driver.executeQuery routed to a reader,
// with the configured transaction timeout, values converted to plain
// JavaScript and Neo4j errors mapped to GraphErrors. Each call is one round
// trip; `onQuery` lets tests and metrics count them.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { GraphUnavailableError, withGraphErrors } from '../errors';
import { toNative } from '../toNative';

export type QueryParams = Record<string, unknown>;

export interface ReadRunner {
  /** Runs one read query; each record becomes a plain object keyed by the RETURN names. */
  read<Row>(query: string, params?: QueryParams): Promise<Row[]>;
}

export interface ReadRunnerOptions {
  driver: Driver;
  database: string;
  /** Server-side transaction timeout, and how long the client waits for an answer at most. */
  timeoutMs: number;
  /** Called once per round trip, before it starts. */
  onQuery?: (query: string, params: QueryParams) => void;
}

/**
 * The driver retries an unreachable server for up to 30 s inside executeQuery;
 * a reader should not hang that long, so the wait is capped at the timeout.
 */
function within<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new GraphUnavailableError(`Neo4j did not answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function createReadRunner(options: ReadRunnerOptions): ReadRunner {
  const { driver, database, timeoutMs } = options;
  return {
    async read<Row>(query: string, params: QueryParams = {}): Promise<Row[]> {
      options.onQuery?.(query, params);
      return withGraphErrors(async () => {
        const result = driver.executeQuery(query, params, {
          database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout: timeoutMs },
        });
        // A late rejection after the deadline must not surface as unhandled.
        result.catch(() => undefined);
        const { records } = await within(result, timeoutMs);
        return records.map((record) => toNative<Row>(record.toObject()));
      });
    },
  };
}

/** LIMIT and SKIP need integers; JavaScript numbers travel as floats. */
export function int(value: number) {
  return neo4j.int(Math.max(0, Math.floor(value)));
}
