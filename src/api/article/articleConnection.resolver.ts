import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ArticleConnection } from './articleConnection.type';

@Resolver(() => ArticleConnection)
export class ArticleConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many articles match, over all pages.' })
  totalCount(@Root() connection: ArticleConnection): Promise<number> {
    return connection.countTotal();
  }
}
