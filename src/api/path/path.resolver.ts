import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { MAX_PATH_HOPS, readShortestPaths } from '../../graph/queries/pathQuery';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { resolveEntityRef } from '../entity/resolveEntityRef';
import { pageSize } from '../pagination/pageSize';
import { checkedRange } from '../checkedRange';
import { userInputError } from '../userInputError';
import { PathArgs } from './path.args';
import { Path } from './path.type';
import { toPaths } from './toPaths';

@Resolver(() => Path)
export class PathResolver {
  @Authorized<Access>('read')
  @Query(() => [Path], {
    description:
      'The shortest ways two entities are connected through facts (all paths of the shortest ' +
      'length up to maxHops ≤ 4), each step with its fact and evidence. Empty when none.',
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: ApiContext): Promise<Path[]> {
    if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > MAX_PATH_HOPS) {
      throw userInputError(`\`maxHops\` must be from 1 to ${MAX_PATH_HOPS}.`, 'maxHops');
    }
    const limit = pageSize(args.first);
    const [from, to] = await Promise.all([
      resolveEntityRef(context, args.from, 'from'),
      resolveEntityRef(context, args.to, 'to'),
    ]);
    if (from.id === to.id) throw userInputError('`from` and `to` name the same entity.', 'to');
    const { paths, entities } = await readShortestPaths(context.reader, from.id, to.id, {
      maxHops: args.maxHops,
      types: args.types ?? null,
      limit,
      asOf: checkedRange(null, null, args.asOf).asOf ?? null,
    });
    context.loaders.primeEntities(entities);
    return toPaths(paths, entities);
  }
}
