import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRow,
  RelationRecord,
} from '../../graph/queries/records';
import { SYMMETRIC_TYPES } from '../../ingest/types';
import { Article } from '../article/article.type';
import type { Access } from '../auth/decideAccess';
import type { ApiContext } from '../context';
import { Entity } from '../entity/entity.type';
import { loadEntity } from '../entity/loadEntity';
import { Evidence } from '../evidence/evidence.type';
import { Qualifiers } from './qualifiers.type';
import { Relation } from './relation.type';
import { RelationConnection } from './relationConnection.type';
import { RelationsArgs } from './relations.args';
import { relationsConnection } from './relationsConnection';

@Resolver(() => Relation)
export class RelationResolver {
  @Authorized<Access>('read')
  @Query(() => RelationConnection, {
    description:
      'Facts matching a filter, as a cursor connection (edges, pageInfo, totalCount). ' +
      'A cursor from another list or order is BAD_USER_INPUT.',
  })
  relations(
    @Args(() => RelationsArgs) args: RelationsArgs,
    @Ctx() context: ApiContext,
  ): Promise<RelationConnection> {
    return relationsConnection(context, args);
  }

  @FieldResolver(() => Entity, {
    description: 'The subject (for symmetric types: the end whose id sorts first).',
  })
  from(@Root() relation: RelationRecord, @Ctx() context: ApiContext): Promise<EntityRecord> {
    return loadEntity(context, relation.from);
  }

  @FieldResolver(() => Entity, { description: 'The object.' })
  to(@Root() relation: RelationRecord, @Ctx() context: ApiContext): Promise<EntityRecord> {
    return loadEntity(context, relation.to);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True for MET, PARTNERSHIP, DIPLOMATIC_RELATIONS, COOPERATES_ON: order carries no meaning.',
  })
  symmetric(@Root() relation: RelationRecord): boolean {
    return SYMMETRIC_TYPES.has(relation.type);
  }

  @FieldResolver(() => Qualifiers)
  qualifiers(@Root() relation: RelationRecord): RelationRecord {
    return relation;
  }

  @FieldResolver(() => [Evidence], {
    description: 'The spans asserting the fact, most confident first.',
  })
  async evidence(
    @Root() relation: RelationRecord,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many.' })
    first: number | null,
    @Ctx() context: ApiContext,
  ): Promise<EvidenceRow[]> {
    const rows = await context.loaders.evidence.load(relation.key);
    return first === null || first === undefined ? rows : rows.slice(0, Math.max(0, first));
  }

  @FieldResolver(() => [Article], {
    description: 'The articles asserting the fact, most confident evidence first.',
  })
  async articles(
    @Root() relation: RelationRecord,
    @Ctx() context: ApiContext,
  ): Promise<ArticleRecord[]> {
    const rows = await context.loaders.evidence.load(relation.key);
    return [...new Map(rows.map((row) => [row.article.id, row.article])).values()];
  }
}
