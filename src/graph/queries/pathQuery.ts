// The shortest ways two entities are connected through facts (never through
// articles or evidence): every shortest path up to `maxHops` relationships.
import type { RelationType } from '../../ingest/types';
import { asOfCypher, boundParams } from './dateBounds';
import { factTypePattern } from './factTypePattern';
import { factEntities, relationMap } from './projections';
import type { ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { EntityRecord, RelationRecord } from './records';

/** The longest path the API searches (variable-length bounds cannot be parameters). */
export const MAX_PATH_HOPS = 4;

export interface PathRow {
  /** Entity ids along the path, from the start to the end. */
  nodes: string[];
  /** The facts between consecutive nodes, in path order. */
  relations: RelationRecord[];
}

export function shortestPathsQuery(
  maxHops: number,
  types?: readonly RelationType[] | null,
  asOf: string | null = null,
): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
    throw new RangeError(`maxHops must be an integer from 1 to ${MAX_PATH_HOPS}`);
  }
  return `
MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
MATCH path = allShortestPaths((start)-[:${factTypePattern(types)}*..${maxHops}]-(end))
${asOf === null ? '' : `WHERE all(r IN relationships(path) WHERE ${asOfCypher('r')})`}
WITH path LIMIT $limit
WITH collect({nodes: [node IN nodes(path) | node.id],
  relations: [r IN relationships(path) | ${relationMap('r')}]}) AS paths
WITH paths, reduce(all = [], item IN paths | all + item.relations) AS facts
${factEntities('facts')}
RETURN paths, entities`;
}

export async function readShortestPaths(
  runner: ReadRunner,
  from: string,
  to: string,
  options: {
    maxHops: number;
    types?: readonly RelationType[] | null;
    limit: number;
    asOf?: string | null;
  },
): Promise<{ paths: PathRow[]; entities: EntityRecord[] }> {
  const asOf = options.asOf ?? null;
  const [row] = await runner.read<{ paths: PathRow[]; entities: EntityRecord[] }>(
    shortestPathsQuery(options.maxHops, options.types, asOf),
    { from, to, limit: int(options.limit), ...boundParams({ asOf }) },
  );
  return row ?? { paths: [], entities: [] };
}
