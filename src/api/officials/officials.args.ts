import { ArgsType, Field } from 'type-graphql';
import { PartialDate } from '../scalars/PartialDate';

@ArgsType()
export class OfficialsArgs {
  @Field(() => String, {
    description: 'A country as ISO alpha-3, alpha-2 or name (or any entity id, e.g. SCO).',
  })
  country!: string;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'The date (any precision); absent: the latest holders the graph knows.',
  })
  asOf?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this title (case-insensitive).' })
  role?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only envoys accredited to this country (id, ISO code or name).',
  })
  accreditedTo?: string | null;
}
