// The `entities` query: full-text search (best first) or all entities by
// name, paged with position cursors.
import { countEntities, findEntities } from '../../graph/queries/entityQueries';
import type { ApiContext } from '../context';
import { afterCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/pageSize';
import { toPage } from '../pagination/toPage';
import type { EntitiesArgs } from './entities.args';
import type { EntityConnection } from './entityConnection.type';

export async function entitiesConnection(
  context: ApiContext,
  args: EntitiesArgs,
): Promise<EntityConnection> {
  const size = pageSize(args.first);
  const skip = afterCursor(args.after, 'offset')?.n ?? 0;
  // A blank search lists every entity, like no search.
  const query = { search: args.search?.trim() ? args.search : null, kind: args.kind ?? null };
  const rows = await findEntities(context.reader, query, skip, size + 1);
  let total: Promise<number> | undefined;
  return {
    ...toPage(
      rows,
      size,
      (row) => row,
      (_row, index) => encodeCursor({ k: 'offset', n: skip + index + 1 }),
    ),
    countTotal: () => (total ??= countEntities(context.reader, query)),
  };
}
