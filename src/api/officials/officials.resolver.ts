import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { readPositions } from '../../graph/queries/officialsQuery';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { loadEntity } from '../entity/loadEntity';
import { resolveEntityRef } from '../entity/resolveEntityRef';
import { currentHolders } from './currentHolders';
import { Official } from './official.type';
import { OfficialsArgs } from './officials.args';

@Resolver(() => Official)
export class OfficialsResolver {
  @Authorized<Access>('read')
  @Query(() => [Official], {
    description:
      'Who held which position of a country at a date: per title (and, for envoys, per host ' +
      'country) the holder attested most recently by then. Unknown country: BAD_USER_INPUT.',
  })
  async officials(
    @Args(() => OfficialsArgs) args: OfficialsArgs,
    @Ctx() context: ApiContext,
  ): Promise<Official[]> {
    const [country, host] = await Promise.all([
      resolveEntityRef(context, args.country, 'country'),
      args.accreditedTo ? resolveEntityRef(context, args.accreditedTo, 'accreditedTo') : null,
    ]);
    const { positions, entities } = await readPositions(
      context.reader,
      country.id,
      { from: args.asOf ?? null, to: args.asOf ?? null },
      args.role,
    );
    context.loaders.primeEntities(entities);
    const holdings = currentHolders(positions).filter(
      (holding) => host === null || holding.accreditations.some((fact) => fact.to === host.id),
    );
    return Promise.all(
      holdings.map(async ({ position, accreditations }) => ({
        person: await loadEntity(context, position.from),
        role: position.role,
        country,
        since: position.date,
        precision: position.precision,
        until: position.dateEnd,
        accreditedTo: await Promise.all(accreditations.map((fact) => loadEntity(context, fact.to))),
        position,
        accreditations,
      })),
    );
  }
}
