import { Field, ID, Int, ObjectType } from 'type-graphql';
import { IngestStatus } from '../enums/IngestStatus';
import { IngestError } from './ingestError.type';

export type IngestStatusValue = (typeof IngestStatus)[keyof typeof IngestStatus];

@ObjectType({
  simpleResolvers: true,
  description: 'What ingesting one article did (`article` is the stored article).',
})
export class IngestResult {
  @Field(() => ID, { nullable: true, description: 'Null when the article could not be parsed.' })
  articleId!: string | null;

  @Field(() => IngestStatus)
  status!: IngestStatusValue;

  @Field(() => [ID], { description: 'Ids of the earlier versions this article replaced.' })
  replaced!: string[];

  @Field(() => Int, { description: 'Entities the article mentions (0 when unchanged).' })
  entities!: number;

  @Field(() => Int, { description: 'Facts it asserts (0 when unchanged).' })
  facts!: number;

  @Field(() => Int, { description: 'Pieces of evidence written (0 when unchanged).' })
  evidence!: number;

  @Field(() => IngestError, { nullable: true })
  error!: IngestError | null;
}
