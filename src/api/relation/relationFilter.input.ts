import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { RelationType as Type } from '../../ingest/types';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';
import { AS_OF_DESCRIPTION, AS_KNOWN_AT_DESCRIPTION } from '../timeArgs';

@InputType({ description: 'Which facts a relations query returns; every given field must hold.' })
export class RelationFilterInput {
  @Field(() => [RelationType], { nullable: true, description: 'Any of these types (default all).' })
  types?: Type[] | null;

  @Field(() => ID, { nullable: true, description: 'Facts with this entity at either end.' })
  entity?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Exactly two entity ids: the facts between them, either way round.',
  })
  between?: string[] | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'Facts dated on or after (periods compared: `2025` overlaps from 2025-03-01).',
  })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'Facts dated on or before.' })
  to?: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: AS_OF_DESCRIPTION,
  })
  asOf?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: AS_KNOWN_AT_DESCRIPTION,
  })
  asKnownAt?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Facts at least this confident (0..1).' })
  minConfidence?: number | null;
}
