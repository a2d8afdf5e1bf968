import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'An organisation both sides belong to, with each side’s status (member, observer, …).',
})
export class SharedOrganization {
  @Field(() => Entity)
  organization!: EntityRecord;

  @Field(() => [Relation], { description: 'MEMBER_OF facts of side a (status in qualifiers).' })
  a!: RelationRecord[];

  @Field(() => [Relation], { description: 'MEMBER_OF facts of side b.' })
  b!: RelationRecord[];
}
