import { registerEnumType } from 'type-graphql';
import type { EntityKind as Kind } from '../../ingest/types';

/** GraphQL names for the ontology's node kinds; the values are the stored kinds. */
export const EntityKind = {
  COUNTRY: 'Country',
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  AGREEMENT: 'Agreement',
  INITIATIVE: 'Initiative',
  TOPIC: 'Topic',
  EVENT: 'Event',
  STATEMENT: 'Statement',
} as const satisfies Record<string, Kind>;

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What an entity is (docs/ontology.md, Entities).',
});
