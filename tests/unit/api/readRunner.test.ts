import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { GraphError, GraphUnavailableError } from '../../../src/graph/errors';
import { createReadRunner } from '../../../src/graph/queries/readRunner';

/** Just enough of a driver to watch what the runner asks of it (no database behaviour). */
function stubDriver(executeQuery: (...args: unknown[]) => Promise<unknown>) {
  const calls: unknown[][] = [];
  const driver = {
    executeQuery: (...args: unknown[]) => {
      calls.push(args);
      return executeQuery(...args);
    },
  } as unknown as Driver;
  return { driver, calls };
}

const record = (values: Record<string, unknown>) => ({ toObject: () => values });

describe('createReadRunner', () => {
  it('reads through a reader with the timeout, counts the trip and returns plain values', async () => {
    const { driver, calls } = stubDriver(async () => ({
      records: [record({ n: neo4j.int(7), names: ['a'] })],
    }));
    const seen: string[] = [];
    const runner = createReadRunner({
      driver,
      database: 'graph',
      timeoutMs: 1234,
      onQuery: (query) => seen.push(query),
    });
    expect(await runner.read('RETURN $x AS n', { x: 1 })).toEqual([{ n: 7, names: ['a'] }]);
    expect(seen).toEqual(['RETURN $x AS n']);
    expect(calls[0]?.[2]).toEqual({
      database: 'graph',
      routing: 'READ',
      transactionConfig: { timeout: 1234 },
    });
  });

  it('gives up waiting after the timeout: the graph counts as unavailable', async () => {
    const { driver } = stubDriver(() => new Promise(() => {}));
    const runner = createReadRunner({ driver, database: 'graph', timeoutMs: 50 });
    await expect(runner.read('RETURN 1')).rejects.toBeInstanceOf(GraphUnavailableError);
  });

  it('maps driver errors to graph errors', async () => {
    const failing = (code: string) =>
      createReadRunner({
        driver: stubDriver(async () => {
          throw new Neo4jError('boom', code, 'gql', 'description');
        }).driver,
        database: 'graph',
        timeoutMs: 1000,
      });
    await expect(failing('ServiceUnavailable').read('RETURN 1')).rejects.toBeInstanceOf(
      GraphUnavailableError,
    );
    await expect(
      failing('Neo.ClientError.Statement.SyntaxError').read('RETURN 1'),
    ).rejects.toBeInstanceOf(GraphError);
  });
});
