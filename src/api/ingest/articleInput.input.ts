import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    "An article as the ontology's JSON input: the text (front matter allowed) and optional " +
    'metadata, which wins over what the text says. Without a publication date anywhere, the ' +
    'article is refused (BAD_USER_INPUT, reason NO_DATE).',
})
export class ArticleInput {
  @Field(() => String, { description: 'The article text, as published.' })
  text!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 8601 date or date-time (2025-09-25, 2025-09-25T20:18:00+04:00).',
  })
  publishedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'The news outlet.' })
  source?: string | null;
}
