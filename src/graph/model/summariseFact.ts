// A fact's properties, summarised from the evidence that asserts it.
//
// Writes are incremental (mergeFactSummary: the stored summary plus the new
// article's evidence, so a write costs the same whatever the fact's history);
// retractions recompute from all remaining evidence (summariseFact). Both give
// the same result: every rule is a semilattice join (earliest maximal date,
// latest maximal end, max confidence, set union, sum, most trusted value).
import type { DatePrecision } from '../../ingest/types';
import type { EvidenceRecord, QualifierValues } from './evidenceRecord';
import { QUALIFIERS } from './evidenceRecord';
import { datePrecision, mergeDateEnds, mergeDates } from './mergeDates';

export interface FactProps extends QualifierValues {
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision | null;
  dateSource: 'text' | 'article' | null;
  confidence: number;
  /** Sorted; maintained inside Neo4j on writes (see SET_FACT_PROPS), so it never travels. */
  articleIds: string[];
  articleCount: number;
  evidenceCount: number;
  /**
   * Per qualifier (in QUALIFIERS order), the trust key of the evidence that
   * gave its value, '' when none: what lets a write compare a new value with
   * the stored one without reading all evidence again.
   */
  qualifierTrust: string[];
  /** Whether some evidence dated the fact, at exactly `date`, from the text. */
  dateFromText: boolean;
}

export type SummarisedEvidence = Pick<
  EvidenceRecord,
  | 'articleId'
  | 'start'
  | 'end'
  | 'confidence'
  | 'date'
  | 'dateEnd'
  | 'dateSource'
  | keyof QualifierValues
>;

/**
 * Smaller is more trusted: higher confidence, then smaller article id, then
 * earlier span. A total order, so results never depend on arrival order.
 */
export function trustKey(
  evidence: Pick<SummarisedEvidence, 'confidence' | 'articleId' | 'start' | 'end'>,
): string {
  const distrust = (1 - Math.min(1, Math.max(0, evidence.confidence))).toFixed(6);
  const offset = (value: number) => String(value).padStart(10, '0');
  return `${distrust}|${evidence.articleId}|${offset(evidence.start)}|${offset(evidence.end)}`;
}

function present<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** The summary of no evidence, to merge into. */
function emptySummary(): FactProps {
  return {
    ...(Object.fromEntries(QUALIFIERS.map((name) => [name, null])) as QualifierValues),
    date: null,
    dateEnd: null,
    precision: null,
    dateSource: null,
    confidence: 0,
    articleIds: [],
    articleCount: 0,
    evidenceCount: 0,
    qualifierTrust: QUALIFIERS.map(() => ''),
    dateFromText: false,
  };
}

/** `stored` (null for a new fact) joined with more evidence. */
export function mergeFactSummary(
  stored: FactProps | null,
  added: readonly SummarisedEvidence[],
): FactProps {
  const base = stored ?? emptySummary();
  if (added.length === 0) return base;
  const date = mergeDates([base.date, ...added.map((item) => item.date)].filter(present)) ?? null;
  const dateEnd =
    mergeDateEnds([base.dateEnd, ...added.map((item) => item.dateEnd)].filter(present)) ?? null;
  const dateFromText =
    (base.date === date && base.dateFromText) ||
    added.some((item) => item.date === date && item.date !== null && item.dateSource !== 'article');

  const qualifiers = { ...base } as QualifierValues;
  const qualifierTrust = [...base.qualifierTrust];
  QUALIFIERS.forEach((name, index) => {
    for (const item of added) {
      const value = item[name];
      if (!present(value)) continue;
      const trust = trustKey(item);
      const current = qualifierTrust[index] ?? '';
      if (current === '' || trust < current) {
        (qualifiers as Record<string, unknown>)[name] = value;
        qualifierTrust[index] = trust;
      }
    }
  });

  return {
    ...qualifiers,
    date,
    dateEnd,
    precision: date === null ? null : datePrecision(date),
    dateSource: date === null ? null : dateFromText ? 'text' : 'article',
    dateFromText: date !== null && dateFromText,
    confidence: Math.max(base.confidence, ...added.map((item) => item.confidence)),
    articleIds: [...new Set([...base.articleIds, ...added.map((item) => item.articleId)])].sort(),
    // Exact because a write always brings a new article (a stored version is retracted first).
    articleCount:
      base.articleCount +
      new Set(added.map((item) => item.articleId).filter((id) => !base.articleIds.includes(id)))
        .size,
    evidenceCount: base.evidenceCount + added.length,
    qualifierTrust,
  };
}

/** Null when nothing asserts the fact any more (the caller deletes it). */
export function summariseFact(evidence: readonly SummarisedEvidence[]): FactProps | null {
  return evidence.length === 0 ? null : mergeFactSummary(null, evidence);
}

/** The stored summary in a relationship's properties; null for a fact just created. */
export function storedFactSummary(props: Record<string, unknown>): FactProps | null {
  if (typeof props.evidenceCount !== 'number' || props.evidenceCount === 0) return null;
  const summary = emptySummary();
  for (const name of Object.keys(summary) as (keyof FactProps)[]) {
    // Null or absent keeps the default (articleIds are never read back: SET_FACT_PROPS).
    if (props[name] !== undefined && props[name] !== null) {
      (summary as unknown as Record<string, unknown>)[name] = props[name];
    }
  }
  return summary;
}
