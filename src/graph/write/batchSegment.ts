// New articles of a batch waiting to be written together (combineArticlePlans).
// Writing them later than one by one changes nothing for the articles after
// them, except through cross-article resolution: an agreement is matched
// against the stored agreements enough of its parties are PARTY_TO. So the
// segment keeps what it would add there (the agreements it names, with every
// party known to be PARTY_TO each, stored or in the segment) and says when one
// of them would be a candidate for the next article's agreements (or shares
// an id with them): then the segment is written first.
import { agreementProfiles } from '../../ingest/resolve/agreementProfiles';
import type { Extraction } from '../../ingest/types';
import type { ArticlePlan } from '../plan/buildWritePlan';
import { AGREEMENT_PARTIES } from './readStoredAgreements';
import type { QueryRunner } from '../runStatements';

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
    const profiles = agreementProfiles(extraction).filter((profile) => profile.parties.length > 0);
    // Resolution's candidates are the agreements at least this many of the
    // profile's parties are PARTY_TO (as in resolveExtraction).
    return profiles.some((profile) => {
      const minShared = Math.min(2, profile.parties.length);
      return (
        this.entityIds.has(profile.id) ||
        [...this.agreements.values()].some(
          (parties) => profile.parties.filter((party) => parties.has(party)).length >= minShared,
        )
      );
    });
  }

  /** Adds an article (already resolved and planned); reads its agreements' stored parties. */
  async add(
    tx: QueryRunner,
    resolved: Extraction,
    plan: ArticlePlan,
    result: Result,
  ): Promise<void> {
    const targets = new Set(
      resolved.entities.filter((entity) => entity.kind === 'Agreement').map((entity) => entity.id),
    );
    for (const relation of resolved.relations) {
      if (relation.type === 'PARTY_TO' || relation.type === 'SIGNED') targets.add(relation.to);
    }
    if (targets.size > 0) {
      const stored = await tx.run(AGREEMENT_PARTIES, { ids: [...targets] });
      for (const target of targets) this.partiesOf(target);
      for (const record of stored.records) {
        const parties = this.partiesOf(record.get('id') as string);
        for (const party of record.get('parties') as string[]) parties.add(party);
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
