import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../graph/queries/records';
import { PageInfo } from '../pagination/PageInfo.type';
import { Entity } from './entity.type';

@ObjectType({ simpleResolvers: true })
export class EntityEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Entity)
  node!: EntityRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of entities; `totalCount` counts every match (one more query).',
})
export class EntityConnection {
  @Field(() => [EntityEdge])
  edges!: EntityEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts all matches when `totalCount` is asked for (see EntityConnectionResolver). */
  countTotal!: () => Promise<number>;
}
