// Decides whether an incoming agreement is one already in the graph under
// another name: same parties, same year, alike names. Pure; the candidates come
// from a read before the write (src/graph/write/readStoredAgreements.ts).
import { AGREEMENT_SIMILARITY_THRESHOLD, bestNameSimilarity } from '../nameSimilarity';

export interface AgreementProfile {
  id: string;
  /** Name first, then aliases. */
  names: readonly string[];
  /** Ids of the countries/organisations PARTY_TO it. */
  parties: readonly string[];
  /** Years of its PARTY_TO and SIGNED facts (`2025`). */
  years: readonly string[];
}

export interface AgreementMatch {
  id: string;
  similarity: number;
}

/**
 * Parties agree when one set contains the other and they share at least two
 * (or are both the same single party): a bilateral document matches only the
 * same pair, a multilateral one may be reported with some parties left out.
 */
export function partiesCompatible(left: readonly string[], right: readonly string[]): boolean {
  const [smaller, larger] = left.length <= right.length ? [left, right] : [right, left];
  const largerSet = new Set(larger);
  const contained = smaller.length > 0 && smaller.every((party) => largerSet.has(party));
  return contained && (smaller.length >= 2 || new Set(left).size === new Set(right).size);
}

/**
 * How many of an incoming agreement's parties a stored agreement must be
 * PARTY_TO to be a candidate at all: two, or its only one. partiesCompatible
 * asks no less, so the stored graph is searched (and a batch flushed) by this
 * number without losing a match.
 */
export function minSharedParties(parties: readonly string[]): number {
  return Math.min(2, parties.length);
}

/** Years agree when either side has none, or they share one. */
export function yearsCompatible(left: readonly string[], right: readonly string[]): boolean {
  return left.length === 0 || right.length === 0 || left.some((year) => right.includes(year));
}

/** The existing agreement `incoming` is, or undefined when it is a new one. */
export function matchAgreement(
  incoming: AgreementProfile,
  candidates: readonly AgreementProfile[],
  threshold = AGREEMENT_SIMILARITY_THRESHOLD,
): AgreementMatch | undefined {
  let best: AgreementMatch | undefined;
  for (const candidate of candidates) {
    if (candidate.id === incoming.id) return { id: candidate.id, similarity: 1 };
    if (!partiesCompatible(incoming.parties, candidate.parties)) continue;
    if (!yearsCompatible(incoming.years, candidate.years)) continue;
    const similarity = bestNameSimilarity(incoming.names, candidate.names);
    if (similarity < threshold) continue;
    if (
      best === undefined ||
      similarity > best.similarity ||
      (similarity === best.similarity && candidate.id < best.id)
    ) {
      best = { id: candidate.id, similarity };
    }
  }
  return best;
}
