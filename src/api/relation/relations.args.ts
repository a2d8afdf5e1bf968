import { ArgsType, Field, Int } from 'type-graphql';
import type { RelationOrder as Order } from '../../graph/queries/relationQueries';
import { RelationOrder } from '../enums/RelationOrder';
import { RelationFilterInput } from './relationFilter.input';

@ArgsType()
export class RelationsArgs {
  @Field(() => RelationFilterInput, { nullable: true })
  filter?: RelationFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;

  @Field(() => RelationOrder, { defaultValue: RelationOrder.DATE_DESC })
  orderBy!: Order;
}
