import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description: 'An agreement both sides are party to, with its signatories.',
})
export class BilateralAgreement {
  @Field(() => Entity)
  agreement!: EntityRecord;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'Its date as its facts give it (the most precise of compatible dates).',
  })
  date!: string | null;

  @Field(() => [Entity])
  parties!: EntityRecord[];

  @Field(() => [Entity], { description: 'People who signed it (SIGNED).' })
  signatories!: EntityRecord[];

  @Field(() => [Relation], { description: 'The PARTY_TO and SIGNED facts, by date.' })
  relations!: RelationRecord[];
}
