// Rows of the shortest-paths query → paths of steps between entity records.
import type { PathRow } from '../../graph/queries/pathQuery';
import type { EntityRecord } from '../../graph/queries/records';
import type { Path } from './path.type';

export function toPaths(rows: readonly PathRow[], entities: readonly EntityRecord[]): Path[] {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return rows.flatMap((row): Path[] => {
    const nodes = row.nodes.map((id) => byId.get(id));
    if (nodes.some((node) => node === undefined)) return [];
    const along = nodes as EntityRecord[];
    const steps = row.relations.flatMap((relation, index) => {
      const from = along[index];
      const to = along[index + 1];
      return from && to ? [{ from, to, relation, forward: relation.from === from.id }] : [];
    });
    return [{ length: steps.length, entities: along, steps }];
  });
}
