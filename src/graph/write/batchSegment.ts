// New articles of a batch waiting to be written together (combineArticlePlans).
// Writing them later than one by one changes nothing for the articles after
// them, except through cross-article resolution: an agreement is matched
// against the stored agreements enough of its parties are PARTY_TO. So the
// segment keeps what it would add there (the agreements it names, with every
// party known to be PARTY_TO each, stored or in the segment) and says when one
// of them would be a candidate for the next article's agreements (or shares
// an id with them): then the segment is written first. Pure: the stored
// parties come from the writer's read (readAgreementParties of partyTargets).
import { minSharedParties } from '../../ingest/resolve/matchAgreement';
import { resolvableAgreements } from '../../ingest/resolve/resolveExtraction';
import type { Extraction } from '../../ingest/types';
import type { ArticlePlan } from '../plan/buildWritePlan';

/**
 * The ids whose stored parties BatchSegment.add needs for a resolved article:
 * the agreements it names and every PARTY_TO or SIGNED target.
 */
export function partyTargets(resolved: Extraction): string[] {
  const targets = new Set(
    resolved.entities.filter((entity) => entity.kind === 'Agreement').map((entity) => entity.id),
  );
  for (const relation of resolved.relations) {
    if (relation.type === 'PARTY_TO' || relation.type === 'SIGNED') targets.add(relation.to);
  }
  return [...targets];
}

/** `Result`: what the writer reports per article once the segment is written. */
export class BatchSegment<Result> {
  private entries: { plan: ArticlePlan; result: Result }[] = [];
  /** Every entity id the segment writes. */
  private readonly entityIds = new Set<string>();
  /** Agreements (and other PARTY_TO/SIGNED targets) the segment writes → their known parties. */
  private readonly agreements = new Map<string, Set<string>>();

  isEmpty(): boolean {
    return this.entries.length === 0;
  }

  plans(): ArticlePlan[] {
    return this.entries.map((entry) => entry.plan);
  }

  results(): Result[] {
    return this.entries.map((entry) => entry.result);
  }

  clear(): void {
    this.entries = [];
    this.entityIds.clear();
    this.agreements.clear();
  }

  /** True when resolving `extraction` against the graph could find what this segment writes. */
  couldAffectResolutionOf(extraction: Extraction): boolean {
    if (this.isEmpty()) return false;
    // Resolution's candidates are the agreements at least minSharedParties of
    // an agreement's parties are PARTY_TO.
    return resolvableAgreements(extraction).some((profile) => {
      const minShared = minSharedParties(profile.parties);
      return (
        this.entityIds.has(profile.id) ||
        [...this.agreements.values()].some(
          (parties) => profile.parties.filter((party) => parties.has(party)).length >= minShared,
        )
      );
    });
  }

  /**
   * Adds an article (already resolved and planned), with the stored parties of
   * its partyTargets.
   */
  add(
    resolved: Extraction,
    plan: ArticlePlan,
    result: Result,
    storedParties: ReadonlyMap<string, readonly string[]>,
  ): void {
    const targets = partyTargets(resolved);
    if (targets.length > 0) {
      for (const target of targets) this.partiesOf(target);
      for (const [id, parties] of storedParties) {
        const known = this.partiesOf(id);
        for (const party of parties) known.add(party);
      }
      for (const relation of resolved.relations) {
        if (relation.type === 'PARTY_TO') this.partiesOf(relation.to).add(relation.from);
      }
    }
    for (const id of plan.entityIds) this.entityIds.add(id);
    this.entries.push({ plan, result });
  }

  private partiesOf(id: string): Set<string> {
    let parties = this.agreements.get(id);
    if (parties === undefined) {
      parties = new Set();
      this.agreements.set(id, parties);
    }
    return parties;
  }
}
