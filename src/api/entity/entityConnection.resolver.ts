import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { EntityConnection } from './entityConnection.type';

@Resolver(() => EntityConnection)
export class EntityConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many entities match, over all pages.' })
  totalCount(@Root() connection: EntityConnection): Promise<number> {
    return connection.countTotal();
  }
}
