import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';
import { Envoy } from './envoy.type';

@ObjectType({
  simpleResolvers: true,
  description: 'What one side of a pair did towards the other.',
})
export class BilateralSide {
  @Field(() => Entity)
  entity!: EntityRecord;

  @Field(() => [Relation], {
    description:
      "Visits to the other side by this side's officials (or by the side itself), by date.",
  })
  visits!: RelationRecord[];

  @Field(() => [Envoy], { description: "This side's envoys accredited to the other side." })
  envoys!: Envoy[];
}
