import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { RelationType as Type } from '../../ingest/types';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';
import { AS_OF_DESCRIPTION } from '../timeArgs';

export const MAX_TIMELINE_ENTITIES = 20;
export const MAX_TIMELINE_LENGTH = 100;

@ArgsType()
export class TimelineArgs {
  @Field(() => [ID], {
    description: `Facts touching any of these entities (1 to ${MAX_TIMELINE_ENTITIES} ids).`,
  })
  entityIds!: string[];

  @Field(() => PartialDate, { nullable: true })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true })
  to?: string | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: AS_OF_DESCRIPTION,
  })
  asOf?: string | null;

  @Field(() => [RelationType], { nullable: true, description: 'Only these types (default all).' })
  types?: Type[] | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: `The first this many facts (1 to ${MAX_TIMELINE_LENGTH}).`,
  })
  first!: number;
}
