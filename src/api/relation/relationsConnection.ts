// The `relations` query: the filter checked, one page read (with the facts'
// entities, primed for `from`/`to`), keyset cursors, a lazy total.
import type { RelationFilter } from '../../graph/queries/relationQueries';
import { countRelations, readRelationsPage } from '../../graph/queries/relationQueries';
import { checkedConfidence } from '../checkedConfidence';
import { checkedRange } from '../checkedRange';
import type { ApiContext } from '../context';
import { afterCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/pageSize';
import { toPage } from '../pagination/toPage';
import { userInputError } from '../userInputError';
import type { RelationConnection } from './relationConnection.type';
import type { RelationFilterInput } from './relationFilter.input';
import type { RelationsArgs } from './relations.args';

export function toRelationFilter(input: RelationFilterInput | null | undefined): RelationFilter {
  const between = input?.between ?? null;
  if (between !== null && between.length !== 2) {
    throw userInputError('`between` takes exactly two entity ids.', 'between');
  }
  return {
    types: input?.types ?? null,
    entity: input?.entity ?? null,
    between: between as [string, string] | null,
    ...checkedRange(input?.from, input?.to, input?.asOf, input?.asKnownAt),
    minConfidence: checkedConfidence(input?.minConfidence),
  };
}

export async function relationsConnection(
  context: ApiContext,
  args: RelationsArgs,
): Promise<RelationConnection> {
  const filter = toRelationFilter(args.filter);
  const size = pageSize(args.first);
  const after = afterCursor(args.after, 'relation');
  if (after !== null && after.order !== args.orderBy) {
    throw userInputError('`after` comes from a page in another order.', 'after');
  }
  const page = await readRelationsPage(
    context.reader,
    filter,
    args.orderBy,
    after && { value: after.value, key: after.key },
    size + 1,
  );
  context.loaders.primeEntities(page.entities);
  let total: Promise<number> | undefined;
  return {
    ...toPage(
      page.rows,
      size,
      (row) => row.relation,
      (row) =>
        encodeCursor({
          k: 'relation',
          order: args.orderBy,
          value: row.sortValue,
          key: row.relation.key,
        }),
    ),
    countTotal: () => (total ??= countRelations(context.reader, filter)),
  };
}
