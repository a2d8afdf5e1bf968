// Cross-article resolution, run inside the writing transaction just before the
// write plan is built. Ids are canonical for countries, organisations and
// persons (the extractor emits them), so the same entity from another article
// already meets its node by id. Agreements are named freely, so an incoming
// agreement whose id is new is matched against existing agreements with the
// same parties and year by name similarity (matchAgreement).
import { AGREEMENT_CANDIDATES, EXISTING_ENTITY_IDS } from '../../graph/write/readStoredAgreements';
import type { QueryRunner } from '../../graph/runStatements';
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

async function agreementCandidates(
  tx: QueryRunner,
  parties: readonly string[],
): Promise<(AgreementProfile & { name: string })[]> {
  const result = await tx.run(AGREEMENT_CANDIDATES, {
    parties,
    minShared: Math.min(2, parties.length),
  });
  return result.records.map((record) => {
    const name = record.get('name') as string;
    return {
      id: record.get('id') as string,
      name,
      names: [name, ...(record.get('aliases') as string[])],
      parties: record.get('parties') as string[],
      years: record.get('years') as string[],
    };
  });
}

export async function resolveExtraction(
  tx: QueryRunner,
  extraction: Extraction,
): Promise<Resolution> {
  const profiles = agreementProfiles(extraction).filter((profile) => profile.parties.length > 0);
  if (profiles.length === 0) return { extraction, decisions: [] };
  const existing = await tx.run(EXISTING_ENTITY_IDS, { ids: profiles.map((p) => p.id) });
  const known = new Set(existing.records.map((record) => record.get('id') as string));

  const resolved = new Map<string, ResolvedEntity>();
  const decisions: ResolutionDecision[] = [];
  for (const profile of profiles) {
    if (known.has(profile.id)) continue;
    const candidates = await agreementCandidates(tx, profile.parties);
    const match = matchAgreement(profile, candidates);
    const target = candidates.find((candidate) => candidate.id === match?.id);
    if (match === undefined || target === undefined) continue;
    resolved.set(profile.id, { id: target.id, name: target.name });
    decisions.push({ incomingId: profile.id, existingId: target.id, similarity: match.similarity });
  }
  return { extraction: applyResolution(extraction, resolved), decisions };
}
