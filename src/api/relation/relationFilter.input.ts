import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';
import type { RelationType as Type } from '../../ingest/types';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';

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
    description:
      'Only what was so at this date (any precision): events that happened by its end, states that held during it.',
  })
  asOf?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'System time: the facts the graph had learnt by this moment (recordedAt). Facts retracted ' +
      'since are not brought back, and facts show their current summary.',
  })
  asKnownAt?: Date | null;

  @Field(() => Float, { nullable: true, description: 'Facts at least this confident (0..1).' })
  minConfidence?: number | null;
}
