import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One step of a path: a fact leading from one entity to the next.',
})
export class PathStep {
  @Field(() => Entity)
  from!: EntityRecord;

  @Field(() => Entity)
  to!: EntityRecord;

  @Field(() => Relation, { description: 'The fact; its `evidence` tells where it is stated.' })
  relation!: RelationRecord;

  @Field(() => Boolean, {
    description: "True when the fact's own direction runs along the path (from → to).",
  })
  forward!: boolean;
}
