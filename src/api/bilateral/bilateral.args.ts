import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field } from 'type-graphql';
import { PartialDate } from '../scalars/PartialDate';

@ArgsType()
export class BilateralArgs {
  @Field(() => String, {
    description: 'An entity id, or a country as ISO alpha-3, alpha-2 or name (China, CN, CHN).',
  })
  a!: string;

  @Field(() => String, { description: 'The other side, in the same forms.' })
  b!: string;

  @Field(() => PartialDate, { nullable: true, description: 'Start of the period.' })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'End of the period.' })
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
}
