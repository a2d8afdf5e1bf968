// Labels and relationship types in Cypher text. Values are always parameters,
// but labels and types cannot be parameters in MERGE on Neo4j 5 Community
// without APOC, so a statement that writes any kind or type has one branch per
// allowed label/type, generated here from the constant allow-lists of
// ../ingest/types.ts and never from input text. The statements themselves live
// next to their callers (plan/, write/, retract/, migrate/, queries/).
import type { EntityKind, RelationType } from '../ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../ingest/types';

function allowedLabel(kind: EntityKind): string {
  if (!ENTITY_KINDS.includes(kind) || !/^[A-Z][A-Za-z]*$/.test(kind)) {
    throw new Error(`not an allowed label: ${String(kind)}`);
  }
  return kind;
}

function allowedType(type: RelationType): string {
  if (!RELATION_TYPES.includes(type) || !/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`not an allowed relationship type: ${String(type)}`);
  }
  return type;
}

const LABELS = ENTITY_KINDS.map(allowedLabel);
const TYPES = RELATION_TYPES.map(allowedType);

/** Branches of a returning subquery, one per allowed label, joined by UNION ALL. */
export function unionPerLabel(branch: (label: string) => string): string {
  return LABELS.map(branch).join('\n  UNION ALL\n');
}

export function unionPerType(branch: (type: string) => string): string {
  return TYPES.map(branch).join('\n  UNION ALL\n');
}

/** One unit subquery per allowed type, run in sequence: one round trip for all types. */
export function unitPerType(body: (type: string) => string): string {
  return TYPES.map((type) => `CALL () {${body(type)}\n}`).join('\n');
}

/** Parameters keyed by every allowed label/type, empty where nothing is written. */
export function byKind<T>(rows: ReadonlyMap<EntityKind, T[]>): Record<EntityKind, T[]> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, rows.get(kind) ?? []])) as Record<
    EntityKind,
    T[]
  >;
}

export function byType<T>(rows: ReadonlyMap<RelationType, T[]>): Record<RelationType, T[]> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, rows.get(type) ?? []])) as Record<
    RelationType,
    T[]
  >;
}

/** The pattern matching any fact relationship (every allowed type). */
export const FACT_TYPES_PATTERN = RELATION_TYPES.map(allowedType).join('|');
