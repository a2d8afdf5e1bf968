import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field } from 'type-graphql';
import { PartialDate } from '../scalars/PartialDate';
import { AS_OF_DESCRIPTION, AS_KNOWN_AT_DESCRIPTION } from '../timeArgs';

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
    description: AS_OF_DESCRIPTION,
  })
  asOf?: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: AS_KNOWN_AT_DESCRIPTION,
  })
  asKnownAt?: Date | null;
}
