import { Field, ObjectType } from 'type-graphql';
import type { RelationRecord } from '../../graph/queries/records';
import { Relation } from '../relation/relation.type';
import { PartialDate } from '../scalars/PartialDate';
import { BilateralAgreement } from './bilateralAgreement.type';
import { BilateralSide } from './bilateralSide.type';
import { CooperationArea } from './cooperationArea.type';
import { SharedOrganization } from './sharedOrganization.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'The dossier of one pair over a period: partnership, agreements, visits each way, meetings, ' +
    'cooperation, shared organisations, envoys, statements, a timeline and the sources. ' +
    'Events (visits, meetings, statements, cooperation) count when dated in the period; states ' +
    '(partnership levels, memberships, positions) when in force during it.',
})
export class Bilateral {
  @Field(() => BilateralSide)
  a!: BilateralSide;

  @Field(() => BilateralSide)
  b!: BilateralSide;

  @Field(() => PartialDate, { nullable: true })
  from!: string | null;

  @Field(() => PartialDate, { nullable: true })
  to!: string | null;

  @Field(() => Relation, {
    nullable: true,
    description: 'The current partnership level: the PARTNERSHIP begun last in the period.',
  })
  partnership!: RelationRecord | null;

  @Field(() => [Relation], { description: 'Every PARTNERSHIP level of the pair, by date.' })
  partnershipHistory!: RelationRecord[];

  @Field(() => [Relation])
  diplomaticRelations!: RelationRecord[];

  @Field(() => [BilateralAgreement], { description: 'Agreements both are party to, by date.' })
  agreements!: BilateralAgreement[];

  @Field(() => [Relation], { description: "MET facts between the two sides' officials, by date." })
  meetings!: RelationRecord[];

  @Field(() => [CooperationArea])
  cooperation!: CooperationArea[];

  @Field(() => [Relation], { description: 'SUPPORTS facts either way.' })
  support!: RelationRecord[];

  @Field(() => [SharedOrganization])
  sharedOrganizations!: SharedOrganization[];

  @Field(() => [Relation], { description: 'Every fact directly between the two entities.' })
  direct!: RelationRecord[];

  @Field(() => [Relation], {
    description: 'Every dated fact of the dossier above, in date order (statements aside).',
  })
  timeline!: RelationRecord[];
}
