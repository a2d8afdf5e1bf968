import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';
import type { ApiContext } from '../context';
import { Entity } from '../entity/entity.type';
import { Qualifiers } from './qualifiers.type';

@Resolver(() => Qualifiers)
export class QualifiersResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description: 'COOPERATES_ON: the topic, initiative or organisation of the cooperation.',
  })
  async area(
    @Root() relation: RelationRecord,
    @Ctx() context: ApiContext,
  ): Promise<EntityRecord | null> {
    return relation.area === null ? null : context.loaders.entity.load(relation.area);
  }
}
