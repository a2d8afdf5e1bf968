// A fact's stable identity: its type, its endpoints (in canonical order for
// symmetric types) and the qualifiers that tell two facts of the same type
// between the same ends apart. Two articles asserting the same fact produce
// the same key, so the graph holds one relationship with two pieces of evidence.
// The one fact-identity module: pure, on the extraction contract (./types), so
// extraction and the graph's writes (graph/model/evidenceRecord) key alike.
import type { Relation, RelationType } from './types';
import { SYMMETRIC_TYPES } from './types';

type KeyPart = 'role' | 'level' | 'status' | 'area' | 'year';

/**
 * Qualifiers that distinguish facts, per type. Visits and meetings repeat, so
 * their year is part of the key; `status` is always part of it (a planned
 * visit is not a visit, an observer is not a member). SUPPORTS is keyed by its
 * ends only, as the gold files match it: `on` is free text that articles word
 * differently, so it stays a qualifier (from the most trusted evidence) and
 * each piece of evidence keeps its own.
 */
export const KEY_QUALIFIERS: Readonly<Record<RelationType, readonly KeyPart[]>> = {
  HOLDS_POSITION: ['role'],
  ACCREDITED_TO: [],
  VISITED: ['year'],
  MET: ['year'],
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

type KeyedRelation = Pick<Relation, 'type' | 'from' | 'to' | 'date'> &
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
  if (part === 'year') return relation.date?.slice(0, 4);
  const value = relation[part];
  if (value === undefined) return undefined;
  // `area` holds an entity id: ids are already canonical.
  const normalised = part === 'area' ? value.trim() : normaliseQualifier(value);
  return normalised === '' ? undefined : normalised;
}

export function factKey(relation: KeyedRelation): string {
  const [from, to] = canonicalEnds(relation.type, relation.from, relation.to);
  const parts: string[] = [relation.type, from, to];
  for (const part of [...KEY_QUALIFIERS[relation.type], 'status' as const]) {
    const value = keyPartValue(relation, part);
    if (value !== undefined) parts.push(`${part}=${value}`);
  }
  return parts.join('|');
}
