import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../../graph/queries/records';
import type { RelationType as Type } from '../../ingest/types';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { Entity } from '../entity/entity.type';
import { RelationType } from '../enums/RelationType';
import { Relation } from '../relation/relation.type';
import { Article } from './article.type';
import { ArticleConnection } from './articleConnection.type';
import { ArticlesArgs } from './articles.args';
import { articlesConnection } from './articlesConnection';

@Resolver(() => Article)
export class ArticleResolver {
  @Authorized<Access>('read')
  @Query(() => Article, { nullable: true, description: 'One article by id; null when unknown.' })
  article(
    @Arg('id', () => ID) id: string,
    @Ctx() context: ApiContext,
  ): Promise<ArticleRecord | null> {
    return context.loaders.article.load(id);
  }

  @Authorized<Access>('read')
  @Query(() => ArticleConnection, {
    description: 'Articles, newest first, by title words or mentioned entities and by date.',
  })
  articles(
    @Args(() => ArticlesArgs) args: ArticlesArgs,
    @Ctx() context: ApiContext,
  ): Promise<ArticleConnection> {
    return articlesConnection(context, args);
  }

  @FieldResolver(() => [Relation], {
    description: 'The facts drawn from this article, in date order.',
  })
  facts(
    @Root() article: ArticleRecord,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only these types.' })
    types: Type[] | null,
    @Ctx() context: ApiContext,
  ): Promise<RelationRecord[]> {
    return context.loaders.articleFacts.load({ id: article.id, types: types ?? null });
  }

  @FieldResolver(() => [Entity], { description: 'The entities it mentions, in order of mention.' })
  entities(@Root() article: ArticleRecord, @Ctx() context: ApiContext): Promise<EntityRecord[]> {
    return context.loaders.articleEntities.load(article.id);
  }
}
