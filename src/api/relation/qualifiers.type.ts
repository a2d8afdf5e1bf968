import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    "A fact's qualifiers (docs/ontology.md): which apply depends on its type. `area` " +
    '(COOPERATES_ON) is resolved to its entity.',
})
export class Qualifiers {
  @Field(() => String, { nullable: true, description: 'HOLDS_POSITION, ACCREDITED_TO: the title.' })
  role!: string | null;

  @Field(() => Int, { nullable: true, description: 'VISITED: how many visits the text counts.' })
  count!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'VISITED: state, official, working; MET: talks, call, meeting.',
  })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'PARTNERSHIP: the partnership level.' })
  level!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'MEMBER_OF: member, observer, dialogue partner; `planned` for an announced fact.',
  })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'SUPPORTS: what is supported.' })
  on!: string | null;

  @Field(() => String, { nullable: true, description: 'STATED: the quotation.' })
  text!: string | null;
}
