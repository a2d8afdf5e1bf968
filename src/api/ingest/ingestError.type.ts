import { Field, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'Why an article was not stored.' })
export class IngestError {
  @Field(() => String, {
    description:
      'BAD_USER_INPUT for an article the parser refuses, else INTERNAL_SERVER_ERROR or TIMEOUT.',
  })
  code!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For refused articles: EMPTY, NO_DATE, BAD_DATE, TOO_LARGE, BAD_FIELD, ...',
  })
  reason!: string | null;

  @Field(() => String)
  message!: string;
}
