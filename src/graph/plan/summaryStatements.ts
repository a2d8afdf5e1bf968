// Statements that set the stored summaries of facts (every type in one round
// trip) and entities, or delete facts: what a write folds in and what a
// retraction recomputes. Pure.
import type { RelationType } from '../../ingest/types';
import { byType, unitPerType } from '../cypherTemplates';
import { createChange } from '../model/changeLog';
import type { EntityProps } from '../model/entityName';
import type { FactProps } from '../model/summariseFact';
import type { Statement } from '../statement';

/**
 * Fact summaries, all types in one statement ($rows keyed by type: {key,
 * props, articleIds, replace}). articleIds are unioned here, inside Neo4j, so
 * a busy fact's list is never shipped back and forth; `replace` sets it
 * instead (recomputation after a retraction).
 */
export const SET_FACT_PROPS = `
${unitPerType(
  (type) => `
  UNWIND $rows.${type} AS row
  MATCH ()-[r:${type} {key: row.key}]->()
  SET r += row.props,
      r.count = toInteger(row.props.count),
      r.evidenceCount = toInteger(row.props.evidenceCount),
      r.articleCount = toInteger(row.props.articleCount)
  WITH r, row
  CALL (r, row) {
    UNWIND CASE WHEN row.replace THEN row.articleIds ELSE coalesce(r.articleIds, []) + row.articleIds END AS id
    WITH DISTINCT id ORDER BY id
    RETURN collect(id) AS articleIds
  }
  SET r.articleIds = articleIds`,
)}`;

/** Facts nothing asserts any more ($keys keyed by type), each logged as `removed` ($causes). */
export const DELETE_FACTS = `
${unitPerType(
  (type) => `
  UNWIND $keys.${type} AS key
  MATCH ()-[r:${type} {key: key}]->()
  ${createChange(`'removed'`, `'${type}'`, 'key', 'startNode(r).id', 'endNode(r).id', '$causes')}
  DELETE r`,
)}`;

/** Entity names, aliases and Wikidata ids, with their sources ($rows: {id, ...EntityProps}). */
export const SET_ENTITY_PROPS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata,
    e.nameSource = row.nameSource, e.wikidataSource = row.wikidataSource`;

export interface FactRef {
  key: string;
  type: RelationType;
}

export interface FactUpdate extends FactRef {
  props: FactProps;
}

function groupByType<T extends { type: RelationType }, R>(
  items: readonly T[],
  map: (item: T) => R,
): Map<RelationType, R[]> {
  const groups = new Map<RelationType, R[]>();
  for (const item of items) groups.set(item.type, [...(groups.get(item.type) ?? []), map(item)]);
  return groups;
}

/**
 * `replace` sets each fact's articleIds to the given list (a recomputation);
 * otherwise they are added to the stored list (a write).
 */
export function setFactPropsStatement(
  updates: readonly FactUpdate[],
  mode: 'replace' | 'add',
): Statement {
  const rows = groupByType(updates, ({ key, props: { articleIds, ...props } }) => ({
    key,
    props,
    articleIds,
    replace: mode === 'replace',
  }));
  return { query: SET_FACT_PROPS, params: { rows: byType(rows) } };
}

/** `causes`: the articles whose write or retraction removed them (for the change log). */
export function deleteFactsStatement(
  facts: readonly FactRef[],
  causes: readonly string[],
): Statement {
  return {
    query: DELETE_FACTS,
    params: { keys: byType(groupByType(facts, ({ key }) => key)), causes: [...causes] },
  };
}

/** Sets each entity's name, aliases and Wikidata id (with their sources). */
export function setEntityPropsStatement(
  rows: readonly ({ id: string } & EntityProps)[],
): Statement {
  return { query: SET_ENTITY_PROPS, params: { rows } };
}
