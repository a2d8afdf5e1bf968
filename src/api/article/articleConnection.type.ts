import { Field, ObjectType } from 'type-graphql';
import type { ArticleRecord } from '../../graph/queries/records';
import { PageInfo } from '../pagination/PageInfo.type';
import { Article } from './article.type';

@ObjectType({ simpleResolvers: true })
export class ArticleEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Article)
  node!: ArticleRecord;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A page of articles, newest first; `totalCount` counts every match.',
})
export class ArticleConnection {
  @Field(() => [ArticleEdge])
  edges!: ArticleEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counts all matches when `totalCount` is asked for (see ArticleConnectionResolver). */
  countTotal!: () => Promise<number>;
}
