import { registerEnumType } from 'type-graphql';
import type { RelationType as Type } from '../../ingest/types';
import { RELATION_TYPES } from '../../ingest/types';

/** The ontology's relation types, under their own names. */
export const RelationType = Object.fromEntries(RELATION_TYPES.map((type) => [type, type])) as {
  [T in Type]: T;
};

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'The type of a fact (docs/ontology.md, Relations).',
});
