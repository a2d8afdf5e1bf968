import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RelationRecord } from '../../graph/queries/records';
import { readTimeline } from '../../graph/queries/timelineQuery';
import type { Access } from '../auth/decideAccess';
import { checkedRange } from '../checkedRange';
import type { ApiContext } from '../context';
import { pageSize } from '../pagination/pageSize';
import { Relation } from '../relation/relation.type';
import { userInputError } from '../userInputError';
import { MAX_TIMELINE_ENTITIES, MAX_TIMELINE_LENGTH, TimelineArgs } from './timeline.args';

@Resolver()
export class TimelineResolver {
  @Authorized<Access>('read')
  @Query(() => [Relation], {
    description:
      'Dated facts of one or more entities in chronological order (a fact dated `2025` ' +
      'comes before one dated `2025-04-23`).',
  })
  async timeline(
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() context: ApiContext,
  ): Promise<RelationRecord[]> {
    const ids = [...new Set(args.entityIds)];
    if (ids.length === 0 || ids.length > MAX_TIMELINE_ENTITIES) {
      throw userInputError(`\`entityIds\` takes 1 to ${MAX_TIMELINE_ENTITIES} ids.`, 'entityIds');
    }
    const { relations, entities } = await readTimeline(context.reader, {
      entityIds: ids,
      types: args.types ?? null,
      ...checkedRange(args.from, args.to, args.asOf),
      first: pageSize(args.first, MAX_TIMELINE_LENGTH),
    });
    context.loaders.primeEntities(entities);
    return relations;
  }
}
