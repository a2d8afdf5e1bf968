// Relationship types cannot be query parameters, so a type filter becomes part
// of the pattern. Only names from the ontology's allow-list ever reach the text.
import type { RelationType } from '../../ingest/types';
import { RELATION_TYPES } from '../../ingest/types';

/** `A|B|C` for the requested types (all fact types when none are given). */
export function factTypePattern(types?: readonly RelationType[] | null): string {
  const chosen =
    types && types.length > 0
      ? RELATION_TYPES.filter((type) => types.includes(type))
      : RELATION_TYPES;
  if (chosen.length === 0) throw new RangeError('no known relation type requested');
  return chosen.join('|');
}
