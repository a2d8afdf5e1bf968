// Facts (relationships) for the relations connection, for an entity's
// relations and for an article's facts. Filters become WHERE clauses over
// parameters; relation types, which cannot be parameters, come from the
// ontology's allow-list (factTypePattern).
import type { RelationType } from '../../ingest/types';
import { RELATION_TYPES, SYMMETRIC_TYPES } from '../../ingest/types';
import type { DateRange } from './dateBounds';
import { boundParams, periodPredicates } from './dateBounds';
import { factTypePattern } from './factTypePattern';
import { factEntities, relationMap } from './projections';
import type { Statement } from '../statement';
import type { QueryParams, ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { EntityRecord, RelationRecord } from './records';

export const RELATION_ORDERS = ['DATE_ASC', 'DATE_DESC', 'CONFIDENCE_DESC'] as const;
export type RelationOrder = (typeof RELATION_ORDERS)[number];

export interface RelationFilter extends DateRange {
  types?: readonly RelationType[] | null;
  /** Facts with this entity at either end. */
  entity?: string | null;
  /** Facts between exactly these two entities. */
  between?: readonly [string, string] | null;
  minConfidence?: number | null;
}

/** Where the previous page ended: its last sort value and fact key. */
export interface RelationKeyset {
  value: string | number;
  key: string;
}

/** Undated facts sort last in either date order. */
const SORTS: Record<RelationOrder, { value: string; descending: boolean }> = {
  DATE_ASC: { value: `coalesce(r.date, '~')`, descending: false },
  DATE_DESC: { value: `coalesce(r.date, '')`, descending: true },
  CONFIDENCE_DESC: { value: 'r.confidence', descending: true },
};

function matchAndWhere(filter: RelationFilter): Statement {
  const types = factTypePattern(filter.types);
  const params: QueryParams = { ...boundParams(filter), minConfidence: filter.minConfidence ?? 0 };
  const conditions = [periodPredicates(filter).overlaps('r'), 'r.confidence >= $minConfidence'];
  let match: string;
  if (filter.between) {
    match = `MATCH (x:Entity {id: $a})-[r:${types}]-(y:Entity {id: $b})`;
    params.a = filter.between[0];
    params.b = filter.between[1];
    if (filter.entity) {
      conditions.push('$entity IN [x.id, y.id]');
      params.entity = filter.entity;
    }
  } else if (filter.entity) {
    match = `MATCH (x:Entity {id: $entity})-[r:${types}]-(y:Entity)`;
    params.entity = filter.entity;
  } else {
    match = `MATCH (x:Entity)-[r:${types}]->(y:Entity)`;
  }
  return { query: `${match}\nWHERE ${conditions.join('\n  AND ')}`, params };
}

/** One page of facts in `order`, after `keyset`; the caller asks for one more row than it shows. */
export function relationsPageQuery(
  filter: RelationFilter,
  order: RelationOrder,
  keyset: RelationKeyset | null,
  limit: number,
): Statement {
  const base = matchAndWhere(filter);
  const sort = SORTS[order];
  const params: QueryParams = { ...base.params, limit: int(limit) };
  let query = base.query;
  if (keyset) {
    const beyond = sort.descending ? '<' : '>';
    query += `\n  AND (${sort.value} ${beyond} $afterValue OR (${sort.value} = $afterValue AND r.key > $afterKey))`;
    params.afterValue = keyset.value;
    params.afterKey = keyset.key;
  }
  query += `
WITH r, ${sort.value} AS sortValue
ORDER BY sortValue ${sort.descending ? 'DESC' : 'ASC'}, r.key
LIMIT $limit
WITH collect({relation: ${relationMap('r')}, sortValue: sortValue}) AS rows
WITH rows, [row IN rows | row.relation] AS facts
${factEntities('facts')}
RETURN rows, entities`;
  return { query, params };
}

export function relationsCountQuery(filter: RelationFilter): Statement {
  const base = matchAndWhere(filter);
  return { query: `${base.query}\nRETURN count(r) AS total`, params: base.params };
}

export interface RelationRow {
  relation: RelationRecord;
  sortValue: string | number;
}

export interface RelationPage {
  rows: RelationRow[];
  entities: EntityRecord[];
}

export async function readRelationsPage(
  runner: ReadRunner,
  filter: RelationFilter,
  order: RelationOrder,
  keyset: RelationKeyset | null,
  limit: number,
): Promise<RelationPage> {
  const { query, params } = relationsPageQuery(filter, order, keyset, limit);
  const [page] = await runner.read<RelationPage>(query, params);
  return page ?? { rows: [], entities: [] };
}

export async function countRelations(runner: ReadRunner, filter: RelationFilter): Promise<number> {
  const { query, params } = relationsCountQuery(filter);
  const [row] = await runner.read<{ total: number }>(query, params);
  return row?.total ?? 0;
}

export type Direction = 'OUTGOING' | 'INCOMING';

/** How one entity's relations are filtered (the same for every entity of a batch). */
export interface EntityRelationsFilter extends DateRange {
  types?: readonly RelationType[] | null;
  /** Only facts whose other end is this entity. */
  counterpart?: string | null;
  /** Directed facts leaving or entering the entity; symmetric facts always match. */
  direction?: Direction | null;
  minConfidence?: number | null;
  first: number;
}

export function entityRelationsQuery(filter: EntityRelationsFilter): string {
  return `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r:${factTypePattern(filter.types)}]-(other:Entity)
  WHERE ${periodPredicates(filter).overlaps('r')}
    AND other.id = coalesce($counterpart, other.id)
    AND r.confidence >= $minConfidence
    AND CASE $direction
      WHEN 'OUTGOING' THEN startNode(r) = e OR type(r) IN $symmetric
      WHEN 'INCOMING' THEN endNode(r) = e OR type(r) IN $symmetric
      ELSE true END
  WITH r ORDER BY coalesce(r.date, '') DESC, r.key LIMIT $first
  RETURN collect(${relationMap('r')}) AS relations
}
${factEntities('relations')}
RETURN id, relations, entities`;
}

/** Facts per entity or article id, with the entities they name. */
export interface FactsById {
  facts: Map<string, RelationRecord[]>;
  entities: EntityRecord[];
}

function factsById(
  rows: { id: string; relations: RelationRecord[]; entities: EntityRecord[] }[],
): FactsById {
  return {
    facts: new Map(rows.map((row) => [row.id, row.relations])),
    entities: rows.flatMap((row) => row.entities),
  };
}

/** The relations of each entity (newest first, at most `first` each), in one round trip. */
export async function readRelationsOfEntities(
  runner: ReadRunner,
  ids: readonly string[],
  filter: EntityRelationsFilter,
): Promise<FactsById> {
  const rows = await runner.read<{
    id: string;
    relations: RelationRecord[];
    entities: EntityRecord[];
  }>(entityRelationsQuery(filter), {
    ids: [...ids],
    ...boundParams(filter),
    counterpart: filter.counterpart ?? null,
    minConfidence: filter.minConfidence ?? 0,
    direction: filter.direction ?? null,
    symmetric: [...SYMMETRIC_TYPES],
    first: int(filter.first),
  });
  return factsById(rows);
}

/**
 * The facts each article asserts, found through its evidence: an Evidence node
 * names its fact's key and stored ends, so the fact is an expand between two
 * index-found entities.
 */
export const ARTICLE_FACTS = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)<-[:FROM]-(ev:Evidence)
  WHERE ev.type IN $types
  WITH DISTINCT ev.factKey AS key, ev.from AS fromId, ev.to AS toId
  MATCH (x:Entity {id: fromId})-[r]->(y:Entity {id: toId})
  WHERE r.key = key
  WITH r ORDER BY coalesce(r.date, '~'), r.key
  RETURN collect(${relationMap('r')}) AS relations
}
${factEntities('relations')}
RETURN id, relations, entities`;

export async function readFactsOfArticles(
  runner: ReadRunner,
  ids: readonly string[],
  types: readonly RelationType[] | null,
): Promise<FactsById> {
  const rows = await runner.read<{
    id: string;
    relations: RelationRecord[];
    entities: EntityRecord[];
  }>(ARTICLE_FACTS, {
    ids: [...ids],
    types: types && types.length > 0 ? [...types] : [...RELATION_TYPES],
  });
  return factsById(rows);
}
