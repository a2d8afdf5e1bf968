import { ArgsType, Field, Int } from 'type-graphql';
import type { RelationType as Type } from '../../ingest/types';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';
import { AS_OF_DESCRIPTION } from '../timeArgs';

@ArgsType()
export class PathArgs {
  @Field(() => String, { description: 'An entity id, or a country (CHN, CN, China).' })
  from!: string;

  @Field(() => String, { description: 'An entity id, or a country.' })
  to!: string;

  @Field(() => Int, { defaultValue: 3, description: 'The longest path searched: 1 to 4 steps.' })
  maxHops!: number;

  @Field(() => [RelationType], { nullable: true, description: 'Only through these types.' })
  types?: Type[] | null;

  @Field(() => PartialDate, {
    nullable: true,
    description: AS_OF_DESCRIPTION,
  })
  asOf?: string | null;

  @Field(() => Int, { defaultValue: 10, description: 'At most this many paths (1 to 100).' })
  first!: number;
}
