import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EntityKind as Kind } from '../../ingest/types';
import { EntityKind } from '../enums/EntityKind';

@ObjectType({
  simpleResolvers: true,
  description:
    'A country, person, organisation, agreement, initiative, topic, event or statement. ' +
    'Its facts are `relations`; the articles that mention it are `articles`.',
})
export class Entity {
  @Field(() => ID, {
    description: 'Stable id: ISO alpha-3 for countries (CHN), a slug for people (lu-mei), ...',
  })
  id!: string;

  @Field(() => EntityKind)
  kind!: Kind;

  @Field(() => String, { description: 'Canonical name (the form most articles use).' })
  name!: string;

  @Field(() => [String], { description: 'Every other surface form seen in articles.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Wikidata item id (Q148), when known.' })
  wikidata!: string | null;

  @Field(() => Int, { description: 'How many stored articles mention the entity.' })
  articleCount!: number;
}
