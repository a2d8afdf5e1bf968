// A fact's stable identity: its type, its endpoints (in canonical order for
// symmetric types) and the qualifiers that tell two facts of the same type
// between the same ends apart. Two articles asserting the same fact produce
// the same key, so the graph holds one relationship with two pieces of evidence.
// The one fact-identity module: pure, on the extraction contract (./types), so
// extraction and the graph's writes (graph/model/evidenceRecord) key alike.
import type { Relation, RelationType } from './types';
import { SYMMETRIC_TYPES } from './types';

type KeyPart = 'role' | 'level' | 'status' | 'area';

/**
 * Events: one fact per occurrence, not per pair. Their factKey() names the
 * series (type, ends, status); which occurrence of the series a mention is
 * belongs to is decided over all the series' evidence together
 * (graph/model/occurrences), and the fact's key is occurrenceKey().
 */
export const EVENT_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'VISITED',
  'MET',
  'SIGNED',
  'ATTENDED',
]);

/**
 * Qualifiers that distinguish facts, per type. Events are told apart by
 * occurrence (EVENT_TYPES), not by a qualifier; `status` is always part of the
 * key (a planned visit is not a visit, an observer is not a member). SUPPORTS is keyed by its
 * ends only, as the gold files match it: `on` is free text that articles word
 * differently, so it stays a qualifier (from the most trusted evidence) and
 * each piece of evidence keeps its own.
 */
export const KEY_QUALIFIERS: Readonly<Record<RelationType, readonly KeyPart[]>> = {
  HOLDS_POSITION: ['role'],
  ACCREDITED_TO: [],
  VISITED: [],
  MET: [],
  SIGNED: [],
  PARTY_TO: [],
  PARTNERSHIP: ['level'],
  DIPLOMATIC_RELATIONS: [],
  MEMBER_OF: [],
  COOPERATES_ON: ['area'],
  SUPPORTS: [],
  STATED: [],
  ATTENDED: [],
};

type KeyedRelation = Pick<Relation, 'type' | 'from' | 'to'> &
  Partial<Pick<Relation, KeyPart & keyof Relation>>;

/** `from`/`to` as stored: sorted for symmetric types, as given otherwise. */
export function canonicalEnds(type: RelationType, from: string, to: string): [string, string] {
  return SYMMETRIC_TYPES.has(type) && to < from ? [to, from] : [from, to];
}

/** Free-text qualifier values compare case- and punctuation-insensitively. */
export function normaliseQualifier(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

function keyPartValue(relation: KeyedRelation, part: KeyPart): string | undefined {
  const value = relation[part];
  if (value === undefined) return undefined;
  // `area` holds an entity id: ids are already canonical.
  const normalised = part === 'area' ? value.trim() : normaliseQualifier(value);
  return normalised === '' ? undefined : normalised;
}

/** A fact's key; for an event, the key of its series (occurrenceKey names one occurrence). */
export function factKey(relation: KeyedRelation): string {
  const [from, to] = canonicalEnds(relation.type, relation.from, relation.to);
  const parts: string[] = [relation.type, from, to];
  for (const part of [...KEY_QUALIFIERS[relation.type], 'status' as const]) {
    const value = keyPartValue(relation, part);
    if (value !== undefined) parts.push(`${part}=${value}`);
  }
  return parts.join('|');
}

/** The stored start entity of a fact (or series) key: keys are `TYPE|from|to…`. */
export function keyStart(key: string): string {
  return key.split('|')[1] ?? '';
}

/** The key of one occurrence of an event series: `on` is its date (or `undated`). */
export function occurrenceKey(seriesKey: string, on: string): string {
  return `${seriesKey}|on=${on}`;
}
