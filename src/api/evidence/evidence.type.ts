import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Article } from '../article/article.type';
import { DateSource } from '../enums/DateSource';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description: 'One span of one article asserting a fact: the sentence and its offsets.',
})
export class Evidence {
  @Field(() => ID)
  key!: string;

  @Field(() => Article)
  article!: Article;

  @Field(() => String, { description: 'The sentence (or sentences) stating the fact.' })
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the sentence in the article text.' })
  start!: number;

  @Field(() => Int, { description: 'End offset (exclusive) of the sentence.' })
  end!: number;

  @Field(() => Float)
  confidence!: number;

  @Field(() => String, { nullable: true, description: 'The extraction rule that read it.' })
  rule!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'The date this span gives the fact.' })
  date!: string | null;

  @Field(() => DateSource, { nullable: true })
  dateSource!: 'text' | 'article' | null;
}
