// Duplicates that an interrupted or repeated ingest could leave: nodes sharing
// an id (or key), facts sharing a type and key, MENTIONS/FROM links repeated.
import type { Driver } from 'neo4j-driver';

export async function graphDuplicates(driver: Driver, database: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `CALL () {
       // Retired evidence repeats a key on purpose: one audit copy per retraction.
       MATCH (n) WHERE NOT n:RetiredEvidence WITH coalesce(n.id, n.key) AS id, count(*) AS c
       WHERE id IS NOT NULL AND c > 1 RETURN 'node ' + id AS what
       UNION ALL
       MATCH ()-[r]->() WHERE r.key IS NOT NULL
       WITH type(r) AS type, r.key AS key, count(*) AS c WHERE c > 1
       RETURN 'relationship ' + type + ' ' + key AS what
       UNION ALL
       MATCH (a)-[r:MENTIONS|FROM]->(b) WITH a, b, type(r) AS type, count(*) AS c WHERE c > 1
       RETURN 'relationship ' + type + ' ' + coalesce(a.id, a.key) AS what
     }
     RETURN what`,
    {},
    { database },
  );
  return records.map((record) => String(record.get('what')));
}

/** Nodes and relationships, for "nothing was written" checks. */
export async function graphSize(driver: Driver, database: string): Promise<[number, number]> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN nodes, rels`,
    {},
    { database },
  );
  return [Number(records[0]?.get('nodes')), Number(records[0]?.get('rels'))];
}
