import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description: "One side's envoy (an ambassador, say) accredited to the other side.",
})
export class Envoy {
  @Field(() => Entity)
  person!: EntityRecord;

  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'Date of the position fact.' })
  since!: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description:
      "End of the term, derived from the successor's start (the accreditation's validTo); null: current.",
  })
  until!: string | null;

  @Field(() => Relation, { description: 'HOLDS_POSITION: the envoy serves their country.' })
  position!: RelationRecord;

  @Field(() => Relation, { description: 'ACCREDITED_TO: posted to the other side.' })
  accreditation!: RelationRecord;
}
