// Dated facts of one or more entities in chronological order (by the first
// day each date covers, so `2025` comes before `2025-04-23`).
import type { RelationType } from '../../ingest/types';
import type { DateRange } from './dateBounds';
import { boundParams, periodPredicates } from './dateBounds';
import { factTypePattern } from './factTypePattern';
import { factEntities, relationMap } from './projections';
import type { ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { EntityRecord, RelationRecord } from './records';

export interface TimelineQuery extends DateRange {
  entityIds: readonly string[];
  types?: readonly RelationType[] | null;
  first: number;
}

export function timelineQuery(
  types?: readonly RelationType[] | null,
  range: DateRange = {},
): string {
  const when = periodPredicates(range);
  return `
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:${factTypePattern(types)}]-(:Entity)
WHERE r.date IS NOT NULL AND ${when.overlaps('r')}
WITH DISTINCT r
WITH r ORDER BY r.date + substring('-00-00', size(r.date) - 4), type(r), r.key
LIMIT $first
WITH collect(${relationMap('r')}) AS relations
${factEntities('relations')}
RETURN relations, entities`;
}

export async function readTimeline(
  runner: ReadRunner,
  query: TimelineQuery,
): Promise<{ relations: RelationRecord[]; entities: EntityRecord[] }> {
  const [row] = await runner.read<{ relations: RelationRecord[]; entities: EntityRecord[] }>(
    timelineQuery(query.types, query),
    { ids: [...query.entityIds], ...boundParams(query), first: int(query.first) },
  );
  return row ?? { relations: [], entities: [] };
}
