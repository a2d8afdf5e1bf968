// A canonical dump of the whole graph (nodes and relationships with their
// properties, minus timestamps and migration bookkeeping), to assert that two
// ways of arriving at a graph give the same graph.
import type { Driver } from 'neo4j-driver';

const VOLATILE = new Set(['ingestedAt', 'recordedAt']);

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !VOLATILE.has(key))
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, item]) => [key, canonical(item)]),
    );
  }
  return value;
}

export async function graphFingerprint(driver: Driver, database: string): Promise<string[]> {
  const nodes = await driver.executeQuery(
    // The change log and retired evidence are the audit trail (system time), not the graph.
    'MATCH (n) WHERE NOT n:Migration AND NOT n:Change AND NOT n:RetiredEvidence RETURN labels(n) AS labels, properties(n) AS props',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props,
            coalesce(a.id, a.key) AS from, coalesce(b.id, b.key) AS to`,
    {},
    { database },
  );
  const lines = [
    ...nodes.records.map((record) =>
      JSON.stringify(
        canonical({
          labels: [...(record.get('labels') as string[])].sort(),
          ...record.get('props'),
        }),
      ),
    ),
    ...relationships.records.map((record) => JSON.stringify(canonical(record.toObject()))),
  ];
  return lines.sort();
}
