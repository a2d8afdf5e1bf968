import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A stored news article. `facts` are the facts drawn from it, `entities` what it mentions.',
})
export class Article {
  @Field(() => ID, { description: '`sha256:` + digest of the normalised text.' })
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'The news outlet.' })
  source!: string | null;

  @Field(() => String, { nullable: true })
  section!: string | null;

  @Field(() => String, {
    description: 'Publication date (ISO 8601, with time and offset when the source gives them).',
  })
  publishedAt!: string;
}
