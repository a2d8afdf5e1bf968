import { Ctx, Query, Resolver } from 'type-graphql';
import { Health } from './health.type';
import type { ApiContext } from '../context';
import { neo4jAnswers } from '../../graph/driver';
import { packageVersion } from '../../config/packageVersion';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'Liveness of the service and reachability of Neo4j.' })
  async health(@Ctx() context: ApiContext): Promise<Health> {
    const health = new Health();
    health.version = packageVersion();
    health.neo4j = await neo4jAnswers(context.driver, context.database);
    return health;
  }
}
