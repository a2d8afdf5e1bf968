import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DOSSIER_STATEMENT_LIMIT } from '../../graph/queries/bilateralQuery';
import type { RelationRecord } from '../../graph/queries/records';
import type { ApiContext } from '../context';
import { sideStatementsId } from '../loaders/createLoaders';
import { pageSize } from '../pagination/pageSize';
import { Relation } from '../relation/relation.type';
import type { DossierSide } from './assembleDossier';
import { BilateralSide } from './bilateralSide.type';

@Resolver(() => BilateralSide)
export class BilateralSideResolver {
  @FieldResolver(() => [Relation], {
    description:
      "STATED facts of this side's officials in articles that mention the other side, newest " +
      `first (the quotation is \`qualifiers.text\`; at most ${DOSSIER_STATEMENT_LIMIT}; both ` +
      'sides in one more query).',
  })
  statements(
    @Root() side: DossierSide,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() context: ApiContext,
  ): Promise<RelationRecord[]> {
    return context.loaders.sideStatements.load({
      id: sideStatementsId(side.entity.id, side.other.id),
      from: side.range.from ?? null,
      to: side.range.to ?? null,
      first: pageSize(first, DOSSIER_STATEMENT_LIMIT),
    });
  }
}
