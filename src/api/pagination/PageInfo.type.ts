import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page of a connection stands (forward paging with first/after).',
})
export class PageInfo {
  @Field(() => Boolean, {
    description: 'True when another page follows: pass endCursor as `after`.',
  })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of this page.' })
  endCursor!: string | null;
}
