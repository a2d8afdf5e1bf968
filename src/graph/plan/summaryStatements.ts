// Statements that set or delete fact summaries, for every type in one round
// trip (see SET_FACT_PROPS / DELETE_FACTS). Pure.
import type { RelationType } from '../../ingest/types';
import { byType, DELETE_FACTS, SET_FACT_PROPS } from '../cypher';
import type { Statement } from '../statement';
import type { FactProps } from '../model/summariseFact';

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

export function deleteFactsStatement(facts: readonly FactRef[]): Statement {
  return { query: DELETE_FACTS, params: { keys: byType(groupByType(facts, ({ key }) => key)) } };
}
