// What the graph stores per piece of evidence: one fact as one span of one
// article asserted it, with the article's own date, qualifiers and confidence.
// Keeping each assertion whole lets a retraction recompute the fact from what
// remains (see summariseFact).
import { createHash } from 'node:crypto';
import { canonicalEnds, factKey } from '../../ingest/factKey';
import type { Relation, RelationType } from '../../ingest/types';
import { isPartialDate } from './mergeDates';

export const QUALIFIERS = [
  'role',
  'count',
  'kind',
  'level',
  'status',
  'area',
  'on',
  'text',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export type QualifierValues = {
  [Q in Qualifier]: Q extends 'count' ? number | null : string | null;
};

export interface EvidenceRecord extends QualifierValues {
  key: string;
  /** The fact it supports; for an event, the occurrence (set by derive/reconcileEvents). */
  factKey: string;
  /** factKey() of the relation: for an event its series, otherwise the fact's key. */
  seriesKey: string;
  type: RelationType;
  from: string;
  to: string;
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  rule: string | null;
  date: string | null;
  dateEnd: string | null;
  dateSource: 'text' | 'article' | null;
}

/** One piece of evidence: a fact as asserted by one span of one article. */
export function evidenceKey(factKeyValue: string, articleId: string, start: number, end: number) {
  const digest = createHash('sha256')
    .update([factKeyValue, articleId, String(start), String(end)].join('\u0000'))
    .digest('hex');
  return `ev:${digest.slice(0, 40)}`;
}

function clampConfidence(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

function validDate(value: string | undefined): string | null {
  return value !== undefined && isPartialDate(value) ? value : null;
}

function qualifierValues(relation: Relation): QualifierValues {
  const text = (value: string | undefined) => (value === undefined || value === '' ? null : value);
  return {
    role: text(relation.role),
    count: relation.count !== undefined && Number.isInteger(relation.count) ? relation.count : null,
    kind: text(relation.kind),
    level: text(relation.level),
    status: text(relation.status),
    area: text(relation.area),
    on: text(relation.on),
    text: text(relation.text),
  };
}

/** The evidence record of `relation` in article `articleId` (the article being written wins over evidence.articleId). */
export function toEvidenceRecord(relation: Relation, articleId: string): EvidenceRecord {
  const date = validDate(relation.date);
  const key = factKey(relation);
  const [from, to] = canonicalEnds(relation.type, relation.from, relation.to);
  const { start, end, sentence } = relation.evidence;
  return {
    key: evidenceKey(key, articleId, start, end),
    factKey: key,
    seriesKey: key,
    type: relation.type,
    from,
    to,
    articleId,
    sentence,
    start,
    end,
    confidence: clampConfidence(relation.confidence),
    rule: relation.rule ?? null,
    date,
    dateEnd: validDate(relation.dateEnd),
    dateSource: date === null ? null : (relation.dateSource ?? 'text'),
    ...qualifierValues(relation),
  };
}
