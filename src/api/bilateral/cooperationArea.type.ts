import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description: 'An area (topic, initiative, organisation) the pair cooperates on.',
})
export class CooperationArea {
  @Field(() => Entity)
  area!: EntityRecord;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'The earliest date of the cooperation.',
  })
  since!: string | null;

  @Field(() => [Relation], { description: 'The COOPERATES_ON facts.' })
  relations!: RelationRecord[];
}
