import { Field, ObjectType } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import type { DatePrecision as Precision } from '../../ingest/types';
import { DatePrecision } from '../enums/DatePrecision';
import { Entity } from '../entity/entity.type';
import { Relation } from '../relation/relation.type';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description: 'A person holding a position of a country (or organisation).',
})
export class Official {
  @Field(() => Entity)
  person!: EntityRecord;

  @Field(() => String, { nullable: true, description: 'The title (President, Ambassador, ...).' })
  role!: string | null;

  @Field(() => Entity, { description: 'The country or organisation served.' })
  country!: EntityRecord;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When the position is first attested (its start, when an article states it).',
  })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true })
  precision!: Precision | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, if stated.' })
  until!: string | null;

  @Field(() => [Entity], { description: 'For envoys: the countries they are accredited to.' })
  accreditedTo!: EntityRecord[];

  @Field(() => Relation, { description: 'The HOLDS_POSITION fact, with its evidence.' })
  position!: RelationRecord;

  @Field(() => [Relation], { description: 'The ACCREDITED_TO facts.' })
  accreditations!: RelationRecord[];
}
