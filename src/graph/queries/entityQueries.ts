// Entities by id, by full-text search over names and aliases (the
// `entity_names` index), or listed by name.
import type { EntityKind } from '../../ingest/types';
import { entityMap } from './projections';
import type { ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { EntityRecord } from './records';
import { toLuceneQuery } from './luceneQuery';

export const ENTITIES_BY_ID = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN ${entityMap('e')} AS entity`;

export const SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node.kind = coalesce($kind, node.kind)
WITH node, score ORDER BY score DESC, node.id SKIP $skip LIMIT $limit
RETURN ${entityMap('node')} AS entity`;

export const COUNT_SEARCH_ENTITIES = `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node
WHERE node.kind = coalesce($kind, node.kind)
RETURN count(node) AS total`;

export const LIST_ENTITIES = `
MATCH (e:Entity)
WHERE e.kind = coalesce($kind, e.kind)
WITH e ORDER BY e.name, e.id SKIP $skip LIMIT $limit
RETURN ${entityMap('e')} AS entity`;

export const COUNT_ENTITIES = `
MATCH (e:Entity)
WHERE e.kind = coalesce($kind, e.kind)
RETURN count(e) AS total`;

export interface EntityQuery {
  /** Words to find in names and aliases; absent: every entity, by name. */
  search?: string | null;
  kind?: EntityKind | null;
}

export async function readEntities(
  runner: ReadRunner,
  ids: readonly string[],
): Promise<EntityRecord[]> {
  if (ids.length === 0) return [];
  const rows = await runner.read<{ entity: EntityRecord }>(ENTITIES_BY_ID, { ids: [...ids] });
  return rows.map((row) => row.entity);
}

/** A page of entities: best matches first when searching, else by name. */
export async function findEntities(
  runner: ReadRunner,
  query: EntityQuery,
  skip: number,
  limit: number,
): Promise<EntityRecord[]> {
  const kind = query.kind ?? null;
  const page = { skip: int(skip), limit: int(limit) };
  if (query.search === undefined || query.search === null) {
    const rows = await runner.read<{ entity: EntityRecord }>(LIST_ENTITIES, { kind, ...page });
    return rows.map((row) => row.entity);
  }
  const lucene = toLuceneQuery(query.search);
  if (lucene === undefined) return [];
  const rows = await runner.read<{ entity: EntityRecord }>(SEARCH_ENTITIES, {
    query: lucene,
    kind,
    ...page,
  });
  return rows.map((row) => row.entity);
}

export async function countEntities(runner: ReadRunner, query: EntityQuery): Promise<number> {
  const kind = query.kind ?? null;
  if (query.search === undefined || query.search === null) {
    const [row] = await runner.read<{ total: number }>(COUNT_ENTITIES, { kind });
    return row?.total ?? 0;
  }
  const lucene = toLuceneQuery(query.search);
  if (lucene === undefined) return 0;
  const [row] = await runner.read<{ total: number }>(COUNT_SEARCH_ENTITIES, {
    query: lucene,
    kind,
  });
  return row?.total ?? 0;
}
