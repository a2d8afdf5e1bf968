import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { ArticleRecord, EntityRecord, RelationRecord } from '../../graph/queries/records';
import { Article } from '../article/article.type';
import type { Access } from '../auth/decideAccess';
import { checkedConfidence } from '../checkedConfidence';
import { checkedRange } from '../checkedRange';
import type { ApiContext } from '../context';
import { pageSize } from '../pagination/pageSize';
import { Relation } from '../relation/relation.type';
import { userInputError } from '../userInputError';
import { EntitiesArgs } from './entities.args';
import { entitiesConnection } from './entitiesConnection';
import { Entity } from './entity.type';
import { EntityConnection } from './entityConnection.type';
import { EntityRelationsArgs, MAX_ENTITY_RELATIONS } from './entityRelations.args';
import { resolveCountryId } from './resolveCountryId';

@Resolver(() => Entity)
export class EntityResolver {
  @Authorized<Access>('read')
  @Query(() => Entity, { nullable: true, description: 'One entity by id; null when unknown.' })
  entity(
    @Arg('id', () => ID) id: string,
    @Ctx() context: ApiContext,
  ): Promise<EntityRecord | null> {
    return context.loaders.entity.load(id);
  }

  @Authorized<Access>('read')
  @Query(() => EntityConnection, {
    description: 'Entities of any kind, searched by name and aliases (full-text), paged.',
  })
  entities(
    @Args(() => EntitiesArgs) args: EntitiesArgs,
    @Ctx() context: ApiContext,
  ): Promise<EntityConnection> {
    return entitiesConnection(context, args);
  }

  @Authorized<Access>('read')
  @Query(() => Entity, {
    nullable: true,
    description:
      'A country by ISO alpha-3 (CHN), alpha-2 (CN) or name (China, PRC); null when the graph ' +
      'holds nothing about it. An unknown country is BAD_USER_INPUT.',
  })
  country(
    @Arg('id', () => String) id: string,
    @Ctx() context: ApiContext,
  ): Promise<EntityRecord | null> {
    const countryId = resolveCountryId(id);
    if (countryId === undefined) {
      throw userInputError(`No country is known as ${JSON.stringify(id)}.`, 'id');
    }
    return context.loaders.entity.load(countryId);
  }

  @FieldResolver(() => [Relation], {
    description: 'Facts with this entity at either end, newest first.',
  })
  relations(
    @Root() entity: EntityRecord,
    @Args(() => EntityRelationsArgs) args: EntityRelationsArgs,
    @Ctx() context: ApiContext,
  ): Promise<RelationRecord[]> {
    return context.loaders.entityRelations.load({
      id: entity.id,
      types: args.types ?? null,
      ...checkedRange(args.from, args.to, args.asOf),
      counterpart: args.counterpart ?? null,
      direction: args.direction ?? null,
      minConfidence: checkedConfidence(args.minConfidence),
      first: pageSize(args.first, MAX_ENTITY_RELATIONS),
    });
  }

  @FieldResolver(() => [Article], { description: 'Articles mentioning the entity, newest first.' })
  articles(
    @Root() entity: EntityRecord,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many (1 to 100).' })
    first: number,
    @Ctx() context: ApiContext,
  ): Promise<ArticleRecord[]> {
    return context.loaders.entityArticles.load({ id: entity.id, first: pageSize(first) });
  }
}
