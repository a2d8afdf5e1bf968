import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'What retracting an article did: facts only it asserted are deleted, shared facts are ' +
    'recomputed from the remaining evidence, entities nothing refers to any more are deleted.',
})
export class RetractResult {
  @Field(() => ID)
  articleId!: string;

  @Field(() => Boolean, { description: 'False when no such article was stored.' })
  found!: boolean;

  @Field(() => Int)
  factsUpdated!: number;

  @Field(() => Int)
  factsDeleted!: number;

  @Field(() => Int)
  entitiesUpdated!: number;

  @Field(() => Int)
  entitiesDeleted!: number;
}
