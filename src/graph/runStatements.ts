// The one place a write plan meets the database.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Statement } from './statement';

/** What the graph layer needs of a transaction: running parameterised Cypher. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/**
 * Runs statements in order. `pipelined` sends them all before awaiting any
 * (one round trip; the server still runs them in order and the first failure
 * fails the transaction); by default each waits for the previous one.
 */
export async function runStatements(
  tx: QueryRunner,
  statements: readonly Statement[],
  options: { pipelined?: boolean } = {},
): Promise<void> {
  if (options.pipelined) {
    await Promise.all(statements.map((statement) => tx.run(statement.query, statement.params)));
    return;
  }
  for (const statement of statements) await tx.run(statement.query, statement.params);
}
