// Dates at mixed precision (`2025`, `2025-04`, `2025-04-23`) compared as
// periods: a date stands for every day it covers, so a fact dated `2025`
// overlaps a filter from 2025-03-01. Both ends become 10-character strings
// that sort chronologically: the lower end pads with `-00`, the upper with `-99`
// (no real month or day is 00 or 99, so padded ends never collide with days).
import { EVENT_TYPES } from '../../ingest/factKey';
import { lowerBound, upperBound } from '../model/dateOrder';

export { lowerBound, upperBound };

export interface DateRange {
  from?: string | null;
  to?: string | null;
  /** Only events that happened by the end of this date and states that held during it. */
  asOf?: string | null;
  /** System time (ISO 8601 instant): only facts the graph had learnt by then. */
  asKnownAt?: string | null;
}

/** Bounds of a date filter as comparable strings; null where the range is open. */
export interface DateBounds {
  low: string | null;
  high: string | null;
}

export function dateBounds(range: DateRange = {}): DateBounds {
  return {
    low: range.from ? lowerBound(range.from) : null,
    high: range.to ? upperBound(range.to) : null,
  };
}

/** True when the range is empty: it ends before it starts. */
export function isReversed(range: DateRange): boolean {
  return Boolean(range.from && range.to && lowerBound(range.from) > upperBound(range.to));
}

/** True when a fact dated [date, dateEnd] overlaps the bounds; undated facts only match open bounds. */
export function overlaps(
  fact: { date: string | null; dateEnd?: string | null },
  bounds: DateBounds,
): boolean {
  if (bounds.low === null && bounds.high === null) return true;
  if (fact.date === null) return false;
  const end = fact.dateEnd ?? fact.date;
  return (
    (bounds.high === null || lowerBound(fact.date) <= bounds.high) &&
    (bounds.low === null || upperBound(end) >= bounds.low)
  );
}

/**
 * For states (a position, a membership, a partnership level): true when the
 * state began by the end of the bounds and had not ended before their start.
 * An undated state is taken as always true.
 */
export function heldDuring(
  fact: { date: string | null; dateEnd?: string | null; validTo?: string | null },
  bounds: DateBounds,
): boolean {
  return (
    (bounds.high === null || fact.date === null || lowerBound(fact.date) <= bounds.high) &&
    (bounds.low === null || !fact.dateEnd || upperBound(fact.dateEnd) >= bounds.low) &&
    // A derived end is the successor's first day: the state no longer holds on it.
    (bounds.low === null || !fact.validTo || lowerBound(fact.validTo) > bounds.low)
  );
}

/** The lowest and highest comparable day strings, for open ends in Cypher. */
const EARLIEST = '0000-00-00';
const LATEST = '9999-99-99';
const LATEST_INSTANT = '9999-12-31T23:59:59Z';

/**
 * Parameters for the Cypher predicates below: `$low` and `$high` always set
 * (open ends become the extremes), `$undated` true when undated facts match
 * (no bound given). Predicates avoid `$x IS NULL OR …` on purpose: Neo4j's
 * planner expands nested OR/AND into normal form and slows down sharply.
 */
export function boundParams(range: DateRange = {}): {
  low: string;
  high: string;
  undated: boolean;
  asOfLow: string;
  asOfHigh: string;
  eventTypes: string[];
  knownAt: string;
} {
  const { low, high } = dateBounds(range);
  const asOf = dateBounds({ from: range.asOf, to: range.asOf });
  return {
    low: low ?? EARLIEST,
    high: high ?? LATEST,
    undated: low === null && high === null,
    asOfLow: asOf.low ?? EARLIEST,
    asOfHigh: asOf.high ?? LATEST,
    eventTypes: [...EVENT_TYPES],
    knownAt: range.asKnownAt ?? LATEST_INSTANT,
  };
}

/** `overlaps` in Cypher, for relationship variable `rel` (with boundParams). */
export function overlapsCypher(rel: string): string {
  const end = `coalesce(${rel}.dateEnd, ${rel}.date)`;
  return `coalesce(${rel}.date + substring('-00-00', size(${rel}.date) - 4) <= $high
    AND ${end} + substring('-99-99', size(${end}) - 4) >= $low, $undated)`;
}

/** `heldDuring` in Cypher, for relationship variable `rel` (with boundParams). */
export function heldDuringCypher(rel: string): string {
  return `coalesce(${rel}.date + substring('-00-00', size(${rel}.date) - 4) <= $high, true)
    AND coalesce(${rel}.dateEnd + substring('-99-99', size(${rel}.dateEnd) - 4) >= $low, true)
    AND coalesce(${rel}.validTo + substring('-00-00', size(${rel}.validTo) - 4) > $low, true)`;
}

/**
 * `asOf` in Cypher (with boundParams): an event known to have happened by the
 * end of the date (its whole date is: `2025` is not known to have happened by
 * 2025-05), a state that held during it (started by its end, not ended before
 * it: neither a stated end nor a derived one). Undated facts are kept.
 */
export function asOfCypher(rel: string): string {
  return `CASE WHEN type(${rel}) IN $eventTypes
    THEN coalesce(${rel}.date + substring('-99-99', size(${rel}.date) - 4) <= $asOfHigh, true)
    ELSE coalesce(${rel}.date + substring('-00-00', size(${rel}.date) - 4) <= $asOfHigh, true)
      AND (coalesce(${rel}.dateEnd + substring('-99-99', size(${rel}.dateEnd) - 4) >= $asOfLow, true)
        AND coalesce(${rel}.validTo + substring('-00-00', size(${rel}.validTo) - 4) > $asOfLow, true)) END`;
}

/**
 * `asKnownAt` in Cypher (with boundParams): facts the graph had recorded by
 * then. Facts written before system time was recorded have no recordedAt and
 * are kept.
 */
export function knownCypher(rel: string): string {
  return `coalesce(${rel}.recordedAt <= datetime($knownAt), true)`;
}

/** The date predicates of a query text: the real ones, or `true` for an open period. */
export interface PeriodPredicates {
  overlaps(rel: string): string;
  heldDuring(rel: string): string;
}

/** True when no bound is given: every fact is in the period. */
export function isOpenPeriod(range: DateRange = {}): boolean {
  return !range.from && !range.to && !range.asOf && !range.asKnownAt;
}

const OPEN_PERIOD: PeriodPredicates = { overlaps: () => 'true', heldDuring: () => 'true' };
const BOUNDED_PERIOD: PeriodPredicates = {
  overlaps: (rel) => `(${overlapsCypher(rel)}) AND (${asOfCypher(rel)}) AND ${knownCypher(rel)}`,
  heldDuring: (rel) =>
    `(${heldDuringCypher(rel)}) AND (${asOfCypher(rel)}) AND ${knownCypher(rel)}`,
};

/**
 * The predicates for `range`: `true` for an open period (every fact matches,
 * and not evaluating them saves reading every candidate's dates), else
 * overlapsCypher/heldDuringCypher.
 */
export function periodPredicates(range: DateRange = {}): PeriodPredicates {
  return isOpenPeriod(range) ? OPEN_PERIOD : BOUNDED_PERIOD;
}

/** A query's two texts built once, for an open and a bounded period; picks one per range. */
export function perPeriod(build: (when: PeriodPredicates) => string): (range: DateRange) => string {
  const open = build(OPEN_PERIOD);
  const bounded = build(BOUNDED_PERIOD);
  return (range) => (isOpenPeriod(range) ? open : bounded);
}
