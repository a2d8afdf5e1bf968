import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ChangeKind as Kind } from '../../graph/model/changeLog';
import type { RelationType as Type } from '../../ingest/types';
import { RelationType } from '../enums/RelationType';
import { PageInfo } from '../pagination/PageInfo.type';
import { PartialDate } from '../scalars/PartialDate';

export const ChangeKind = {
  ADDED: 'added',
  REMOVED: 'removed',
  ENDED: 'ended',
  REOPENED: 'reopened',
} as const;

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description:
    'ADDED: the graph learnt a fact; REMOVED: nothing asserts it any more (a retraction, a new ' +
    'version, or an event re-assigned to another occurrence); ENDED/REOPENED: its derived end ' +
    '(validTo) was set or cleared.',
});

@ObjectType({ simpleResolvers: true, description: 'One change of the graph, in system time.' })
export class Change {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When the graph changed.' })
  at!: Date;

  @Field(() => ChangeKind)
  kind!: Kind;

  @Field(() => RelationType)
  type!: Type;

  @Field(() => ID, { description: 'The fact (a Relation key).' })
  factKey!: string;

  @Field(() => ID, { description: 'Id of its start entity.' })
  from!: string;

  @Field(() => ID, { description: 'Id of its end entity.' })
  to!: string;

  @Field(() => [ID], { description: 'The articles whose write or retraction caused it.' })
  articleIds!: string[];

  @Field(() => PartialDate, { nullable: true, description: 'ENDED: the derived end.' })
  validTo!: string | null;

  @Field(() => ID, { nullable: true, description: 'ENDED: the fact that ended it.' })
  endedBy!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A page of changes, oldest first.' })
export class ChangeConnection {
  @Field(() => [Change])
  nodes!: Change[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
