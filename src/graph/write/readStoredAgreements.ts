// What cross-article resolution reads of the stored graph: which incoming
// agreement ids exist, the stored agreements an incoming one could be, and the
// parties of agreements a batch touches.

/** The given ids that name a stored entity. */
export const EXISTING_ENTITY_IDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id`;

/** The parties PARTY_TO each of the given entities (only those that have some). */
export const AGREEMENT_PARTIES = `
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:PARTY_TO]-(party:Entity)
RETURN id, collect(DISTINCT party.id) AS parties`;

/** Agreements that at least `minShared` of the given parties are PARTY_TO. */
export const AGREEMENT_CANDIDATES = `
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
