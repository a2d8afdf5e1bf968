// Cross-article resolution: the stage between extraction and the write plan.
// Ids are canonical for countries, organisations and persons (the extractor
// emits them), so the same entity from another article already meets its node
// by id. Agreements are named freely, so an incoming agreement whose id is new
// is matched against stored agreements with the same parties and year by name
// similarity (matchAgreement). Pure: what it needs of the stored graph
// (StoredAgreements) is read beforehand, inside the writing transaction, by
// src/graph/write/readStoredAgreements.ts.
import type { Extraction } from '../types';
import { agreementProfiles } from './agreementProfiles';
import type { ResolvedEntity } from './applyResolution';
import { applyResolution } from './applyResolution';
import type { AgreementProfile } from './matchAgreement';
import { matchAgreement } from './matchAgreement';

export interface ResolutionDecision {
  incomingId: string;
  existingId: string;
  similarity: number;
}

export interface Resolution {
  extraction: Extraction;
  decisions: ResolutionDecision[];
}

/** A stored agreement: its profile and its current name. */
export interface StoredAgreement extends AgreementProfile {
  name: string;
}

/** What resolution needs of the stored graph. */
export interface StoredAgreements {
  /** Incoming agreement ids that are stored already (they meet their node by id). */
  known: ReadonlySet<string>;
  /**
   * For each other incoming agreement (by id), the stored agreements it could
   * be: those that at least minSharedParties of its parties are PARTY_TO.
   */
  candidates: ReadonlyMap<string, readonly StoredAgreement[]>;
}

export const NOTHING_STORED: StoredAgreements = { known: new Set(), candidates: new Map() };

/** The agreements of an extraction that resolution considers: those with a party. */
export function resolvableAgreements(extraction: Extraction): AgreementProfile[] {
  return agreementProfiles(extraction).filter((profile) => profile.parties.length > 0);
}

export function resolveExtraction(extraction: Extraction, stored: StoredAgreements): Resolution {
  const resolved = new Map<string, ResolvedEntity>();
  const decisions: ResolutionDecision[] = [];
  for (const profile of resolvableAgreements(extraction)) {
    if (stored.known.has(profile.id)) continue;
    const candidates = stored.candidates.get(profile.id) ?? [];
    const match = matchAgreement(profile, candidates);
    const target = candidates.find((candidate) => candidate.id === match?.id);
    if (match === undefined || target === undefined) continue;
    resolved.set(profile.id, { id: target.id, name: target.name });
    decisions.push({ incomingId: profile.id, existingId: target.id, similarity: match.similarity });
  }
  return { extraction: applyResolution(extraction, resolved), decisions };
}
