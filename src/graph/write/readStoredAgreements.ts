// The read step of cross-article resolution, run inside the writing
// transaction before the pure resolver (src/ingest/resolve/resolveExtraction.ts):
// which incoming agreement ids are stored, and the stored agreements each other
// one could be. Also the stored parties of agreements a batch segment touches
// (BatchSegment decides from them when resolution could see the segment).
import type { StoredAgreement, StoredAgreements } from '../../ingest/resolve/resolveExtraction';
import { NOTHING_STORED, resolvableAgreements } from '../../ingest/resolve/resolveExtraction';
import { minSharedParties } from '../../ingest/resolve/matchAgreement';
import type { Extraction } from '../../ingest/types';
import type { QueryRunner } from '../runStatements';

/** The given ids that name a stored entity. */
const EXISTING_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;

/** The parties PARTY_TO each of the given entities (only those that have some). */
const AGREEMENT_PARTIES = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:PARTY_TO]-(party:Entity)
RETURN id, collect(DISTINCT party.id) AS parties`;

/** Agreements that at least `minShared` of the given parties are PARTY_TO. */
const AGREEMENT_CANDIDATES = `
UNWIND $parties AS party
MATCH (:Entity {id: party})-[:PARTY_TO]->(ag:Agreement)
WITH ag, count(DISTINCT party) AS shared
WHERE shared >= $minShared
CALL (ag) {
  MATCH (p:Entity)-[:PARTY_TO]->(ag)
  RETURN collect(DISTINCT p.id) AS parties
}
CALL (ag) {
  MATCH (:Entity)-[r:PARTY_TO|SIGNED]->(ag)
  WHERE r.date IS NOT NULL
  RETURN collect(DISTINCT left(r.date, 4)) AS years
}
RETURN ag.id AS id, ag.name AS name, coalesce(ag.aliases, []) AS aliases, parties, years`;

async function agreementCandidates(
  tx: QueryRunner,
  parties: readonly string[],
): Promise<StoredAgreement[]> {
  const result = await tx.run(AGREEMENT_CANDIDATES, {
    parties,
    minShared: minSharedParties(parties),
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

/** What resolving `extraction` needs of the stored graph (nothing is read when it names no agreement with a party). */
export async function readStoredAgreements(
  tx: QueryRunner,
  extraction: Extraction,
): Promise<StoredAgreements> {
  const profiles = resolvableAgreements(extraction);
  if (profiles.length === 0) return NOTHING_STORED;
  const existing = await tx.run(EXISTING_ENTITY_IDS, { ids: profiles.map((p) => p.id) });
  const known = new Set(existing.records.map((record) => record.get('id') as string));
  const candidates = new Map<string, StoredAgreement[]>();
  for (const profile of profiles) {
    if (known.has(profile.id)) continue;
    candidates.set(profile.id, await agreementCandidates(tx, profile.parties));
  }
  return { known, candidates };
}

/** The stored parties PARTY_TO each of `ids` (ids with none are absent). */
export async function readAgreementParties(
  tx: QueryRunner,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const result = await tx.run(AGREEMENT_PARTIES, { ids });
  return new Map(
    result.records.map((record) => [record.get('id') as string, record.get('parties') as string[]]),
  );
}
