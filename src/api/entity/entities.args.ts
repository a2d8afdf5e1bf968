import { ArgsType, Field, Int } from 'type-graphql';
import type { EntityKind as Kind } from '../../ingest/types';
import { EntityKind } from '../enums/EntityKind';

@ArgsType()
export class EntitiesArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in names and aliases (full-text, each word whole or as a prefix); ' +
      'absent: every entity, by name.',
  })
  search?: string | null;

  @Field(() => EntityKind, { nullable: true })
  kind?: Kind | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}
