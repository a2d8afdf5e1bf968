import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityRecord } from '../../graph/queries/records';
import { Entity } from '../entity/entity.type';
import { PathStep } from './pathStep.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One shortest way two entities are connected through facts.',
})
export class Path {
  @Field(() => Int, { description: 'Number of steps (facts).' })
  length!: number;

  @Field(() => [Entity], { description: 'The entities along the path, from start to end.' })
  entities!: EntityRecord[];

  @Field(() => [PathStep])
  steps!: PathStep[];
}
