import { Field, ObjectType } from 'type-graphql';
import type { RelationRecord } from '../../graph/queries/records';
import { PageInfo } from '../pagination/PageInfo.type';
import { Relation } from './relation.type';

@ObjectType({ simpleResolvers: true })
export class RelationEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Relation)
  node!: RelationRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of facts; `totalCount` counts every match (one more query).',
})
export class RelationConnection {
  @Field(() => [RelationEdge])
  edges!: RelationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts all matches when `totalCount` is asked for (see RelationConnectionResolver). */
  countTotal!: () => Promise<number>;
}
