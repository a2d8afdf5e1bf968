// When a state (a position, an accreditation, a partnership level, a
// membership) stops holding, derived from other facts, never typed in: within
// a group of facts that exclude one another, a fact ends where the first
// later fact that supersedes it starts. The end (`validTo`, exclusive: the
// successor's first day) and what ended it (`endedBy`, a fact key) are
// recomputed for a whole group whenever a write or retraction touches it, so
// retracting the article that ended a fact reopens it.
import { normaliseQualifier } from '../../ingest/factKey';
import { lowerBound } from './dateOrder';

export interface StateFact {
  key: string;
  /** Who or what holds the state: a person, a level, a status. */
  holder: string;
  date: string | null;
}

export interface DerivedEnd {
  key: string;
  validTo: string | null;
  endedBy: string | null;
}

/** True when `later` starts after `earlier` starts (dates as periods, by their first day). */
function startsAfter(later: StateFact, earlier: StateFact): boolean {
  return (
    later.date !== null &&
    earlier.date !== null &&
    lowerBound(later.date) > lowerBound(earlier.date)
  );
}

/**
 * Ends within one group: each fact ends at the start of the earliest later
 * fact that `supersedes` it (ties: the smaller key), or stays open.
 */
export function deriveEnds<T extends StateFact>(
  facts: readonly T[],
  supersedes: (later: T, earlier: T) => boolean,
): DerivedEnd[] {
  const byStart = [...facts].sort(
    (a, b) =>
      (a.date === null ? '' : lowerBound(a.date)).localeCompare(
        b.date === null ? '' : lowerBound(b.date),
      ) || a.key.localeCompare(b.key),
  );
  return facts.map((fact) => {
    const next = byStart.find(
      (other) => other !== fact && startsAfter(other, fact) && supersedes(other, fact),
    );
    return { key: fact.key, validTo: next?.date ?? null, endedBy: next?.key ?? null };
  });
}

/** An exclusive position: any later holder who is someone else ends it. */
export const succeedsHolder = (later: StateFact, earlier: StateFact) =>
  later.holder !== earlier.holder;

const MODIFIERS_IGNORED = new Set(['partnership', 'partners', 'relations', 'of', 'and', 'the']);

/**
 * How high a partnership level is: its modifiers ("strategic" 1,
 * "comprehensive strategic" 2, "comprehensive strategic cooperative" 3).
 */
export function partnershipRank(level: string | null): number {
  if (level === null) return 0;
  return normaliseQualifier(level)
    .split(/[\s-]+/)
    .filter((word) => word !== '' && !MODIFIERS_IGNORED.has(word)).length;
}

/** A higher level of the same pair ends a lower one (`holder` is the level). */
export const upgradesLevel = (later: StateFact, earlier: StateFact) =>
  partnershipRank(later.holder) > partnershipRank(earlier.holder);

const MEMBERSHIP_ENDS = new Set(['withdrawn', 'withdrew', 'suspended', 'former', 'left']);

/** True for a MEMBER_OF status that states the membership ended. */
export function endsMembership(status: string | null): boolean {
  return status !== null && MEMBERSHIP_ENDS.has(normaliseQualifier(status));
}

/** A stated withdrawal or suspension ends a membership (`holder` is the status). */
export const withdrawsMembership = (later: StateFact, earlier: StateFact) =>
  endsMembership(later.holder) && !endsMembership(earlier.holder);
