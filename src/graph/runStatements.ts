// The one place a write plan meets the database.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Statement } from './statement';

/** What the graph layer needs of a transaction: running parameterised Cypher. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

export async function runStatements(
  tx: QueryRunner,
  statements: readonly Statement[],
): Promise<void> {
  for (const statement of statements) await tx.run(statement.query, statement.params);
}
