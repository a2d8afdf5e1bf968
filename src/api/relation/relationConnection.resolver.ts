import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { RelationConnection } from './relationConnection.type';

@Resolver(() => RelationConnection)
export class RelationConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many facts match the filter, over all pages.' })
  totalCount(@Root() connection: RelationConnection): Promise<number> {
    return connection.countTotal();
  }
}
