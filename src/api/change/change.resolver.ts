import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { readChanges } from '../../graph/queries/changeQueries';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { afterCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/pageSize';
import { ChangeConnection } from './change.type';

@Resolver()
export class ChangeResolver {
  @Authorized<Access>('read')
  @Query(() => ChangeConnection, {
    description:
      'What the graph learnt or lost after `since` (system time), oldest first: facts added, ' +
      'removed (retracted, superseded), ended or reopened, each with the articles that caused it.',
  })
  async changes(
    @Arg('since', () => DateTimeResolver) since: Date,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (1 to 100).' })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: ApiContext,
  ): Promise<ChangeConnection> {
    const limit = pageSize(first);
    const cursor = afterCursor(after, 'change');
    const rows = await readChanges(
      context.reader,
      since.toISOString(),
      cursor === null ? null : { at: cursor.at, id: cursor.id },
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const cursors = page.map(({ at, id }) => encodeCursor({ k: 'change', at, id }));
    return {
      nodes: page.map(({ atMillis, ...row }) => ({ ...row, at: new Date(atMillis) })),
      pageInfo: {
        hasNextPage: rows.length > limit,
        startCursor: cursors[0] ?? null,
        endCursor: cursors.at(-1) ?? null,
      },
    };
  }
}
