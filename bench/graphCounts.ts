// Node and relationship counts of the whole database (the count store answers
// these without scanning), used to turn an ingest into graph writes per second.
import type { Driver } from 'neo4j-driver';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS n', {}, { database });
  return {
    nodes: Number(nodes.records[0]?.get('n') ?? 0),
    relationships: Number(rels.records[0]?.get('n') ?? 0),
  };
}

/** Empties the database in batches (a single DETACH DELETE of a large graph runs out of memory). */
export async function wipeGraph(driver: Driver, database: string): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
