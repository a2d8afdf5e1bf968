// Hand-made records for the pure API tests.
import type { EntityRecord, RelationRecord } from '../../../src/graph/queries/records';
import type { EntityKind, RelationType } from '../../../src/ingest/types';

export function entity(id: string, kind: EntityKind = 'Country', name = id): EntityRecord {
  return { id, kind, name, aliases: [], wikidata: null, articleCount: 1 };
}

export function fact(
  type: RelationType,
  from: string,
  to: string,
  date: string | null,
  extra: Partial<RelationRecord> = {},
): RelationRecord {
  return {
    key: `${type}|${from}|${to}|${extra.level ?? extra.area ?? extra.role ?? extra.status ?? date ?? ''}`,
    type,
    from,
    to,
    date,
    dateEnd: null,
    precision:
      date === null ? null : date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
    dateSource: 'text',
    confidence: 0.8,
    evidenceCount: 1,
    role: null,
    count: null,
    kind: null,
    level: null,
    status: null,
    area: null,
    on: null,
    text: null,
    validTo: null,
    endedBy: null,
    mayBe: [],
    mayBeReason: null,
    ...extra,
  };
}
