import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import type { Direction as Dir } from '../../graph/queries/relationQueries';
import type { RelationType as Type } from '../../ingest/types';
import { Direction } from '../enums/Direction';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';
import { AS_OF_DESCRIPTION } from '../timeArgs';

export const MAX_ENTITY_RELATIONS = 100;

@ArgsType()
export class EntityRelationsArgs {
  @Field(() => [RelationType], { nullable: true, description: 'Any of these types (default all).' })
  types?: Type[] | null;

  @Field(() => PartialDate, { nullable: true, description: 'Facts dated on or after.' })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'Facts dated on or before.' })
  to?: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: AS_OF_DESCRIPTION,
  })
  asOf?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only facts whose other end is this entity.' })
  counterpart?: string | null;

  @Field(() => Direction, { nullable: true })
  direction?: Dir | null;

  @Field(() => Float, { nullable: true, description: 'Facts at least this confident (0..1).' })
  minConfidence?: number | null;

  @Field(() => Int, {
    defaultValue: 50,
    description: `Newest first, at most this many (1 to ${MAX_ENTITY_RELATIONS}).`,
  })
  first!: number;
}
