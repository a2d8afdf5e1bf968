import { ArgsType, Field, Int } from 'type-graphql';
import { PartialDate } from '../scalars/PartialDate';

@ArgsType()
export class ArticlesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words of the title, or the name of an entity the article mentions (full-text over names ' +
      'and aliases).',
  })
  search?: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'Published on or after.' })
  from?: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'Published on or before.' })
  to?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
