import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DatePrecision as Precision, RelationType as Type } from '../../ingest/types';
import { DatePrecision } from '../enums/DatePrecision';
import { DateSource } from '../enums/DateSource';
import { RelationType } from '../enums/RelationType';
import { PartialDate } from '../scalars/PartialDate';

@ObjectType({
  simpleResolvers: true,
  description:
    'One fact of the graph (docs/ontology.md, Relations): typed, between two entities, dated at the ' +
    'precision its sources support, with the evidence that asserts it. Its `from` and `to` ' +
    'entities, `qualifiers`, `evidence` and `articles` are resolved on demand.',
})
export class Relation {
  @Field(() => ID, {
    description: 'Stable fact key: type, ends and distinguishing qualifiers (e.g. the year).',
  })
  key!: string;

  @Field(() => RelationType)
  type!: Type;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When the fact began or happened, at its precision.',
  })
  date!: string | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it ended, if stated.' })
  dateEnd!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: 'Precision of `date`.' })
  precision!: Precision | null;

  @Field(() => DateSource, { nullable: true })
  dateSource!: 'text' | 'article' | null;

  @Field(() => Float, { description: 'Confidence (0..1): the most confident evidence.' })
  confidence!: number;

  @Field(() => Int, { description: 'How many spans of articles assert the fact.' })
  evidenceCount!: number;

  @Field(() => PartialDate, {
    nullable: true,
    description:
      'A state (position, accreditation, partnership level, membership): when it stopped holding, ' +
      'derived from the fact that ended it (`endedBy`): the first day of a successor, a higher ' +
      'level or a withdrawal. Null while it holds.',
  })
  validTo!: string | null;

  @Field(() => ID, { nullable: true, description: 'Key of the fact that ended this one.' })
  endedBy!: string | null;

  @Field(() => [ID], {
    description:
      'An event stated vaguely ("twice this year", "in 2025") that could be several dated ' +
      'occurrences: their keys. Empty for a dated occurrence.',
  })
  mayBe!: string[];

  @Field(() => String, { nullable: true, description: 'Why `mayBe` lists several candidates.' })
  mayBeReason!: string | null;
}
