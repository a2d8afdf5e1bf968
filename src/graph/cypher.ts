// All Cypher of the graph layer (migrations aside, see cypher/migrations).
// Values are always parameters. Labels and relationship types cannot be
// parameters in MERGE on Neo4j 5 Community without APOC, so there is one
// template per allowed label/type, generated here from the constant
// allow-lists of ../ingest/types.ts and never from input text.
import type { EntityKind, RelationType } from '../ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../ingest/types';

function allowedLabel(kind: EntityKind): string {
  if (!ENTITY_KINDS.includes(kind) || !/^[A-Z][A-Za-z]*$/.test(kind)) {
    throw new Error(`not an allowed label: ${String(kind)}`);
  }
  return kind;
}

function allowedType(type: RelationType): string {
  if (!RELATION_TYPES.includes(type) || !/^[A-Z][A-Z_]*$/.test(type)) {
    throw new Error(`not an allowed relationship type: ${String(type)}`);
  }
  return type;
}

const LABELS = ENTITY_KINDS.map(allowedLabel);
const TYPES = RELATION_TYPES.map(allowedType);

/** Branches of a returning subquery, one per allowed label, joined by UNION ALL. */
function unionPerLabel(branch: (label: string) => string): string {
  return LABELS.map(branch).join('\n  UNION ALL\n');
}

function unionPerType(branch: (type: string) => string): string {
  return TYPES.map(branch).join('\n  UNION ALL\n');
}

/** One unit subquery per allowed type, run in sequence: one round trip for all types. */
function unitPerType(body: (type: string) => string): string {
  return TYPES.map((type) => `CALL () {${body(type)}\n}`).join('\n');
}

/** Parameters keyed by every allowed label/type, empty where nothing is written. */
export function byKind<T>(rows: ReadonlyMap<EntityKind, T[]>): Record<EntityKind, T[]> {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, rows.get(kind) ?? []])) as Record<
    EntityKind,
    T[]
  >;
}

export function byType<T>(rows: ReadonlyMap<RelationType, T[]>): Record<RelationType, T[]> {
  return Object.fromEntries(RELATION_TYPES.map((type) => [type, rows.get(type) ?? []])) as Record<
    RelationType,
    T[]
  >;
}

/** The pattern matching any fact relationship (every allowed type). */
export const FACT_TYPES_PATTERN = RELATION_TYPES.map(allowedType).join('|');

// ── Articles ────────────────────────────────────────────────────────────────

/**
 * The stored versions of each given article ($articles: {id, versionKey}): the
 * article itself, or an earlier version with its version key. Only articles
 * that have one come back.
 */
export const FIND_ARTICLE_VERSIONS = `
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.id}) RETURN a
  UNION
  MATCH (a:Article {versionKey: article.versionKey}) RETURN a
}
RETURN article.id AS articleId, collect({id: a.id, extractionHash: a.extractionHash}) AS stored`;

/** Article nodes ($articles: their properties, version key, extraction hash and mentioned ids). */
export const UPSERT_ARTICLES = `
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.source = row.source,
    a.section = row.section,
    a.publishedAt = row.publishedAt,
    a.entityIds = row.entityIds,
    a.versionKey = row.versionKey,
    a.extractionHash = row.extractionHash,
    a.ingestedAt = datetime()`;

// ── Entities and mentions ───────────────────────────────────────────────────

/**
 * Entity nodes of every kind in one statement ($rows keyed by kind, one row
 * per entity: the name and Wikidata id of the earliest source among the
 * articles written, with those sources, and every form they use). A node
 * keeps the kind it was created with. Name, aliases and Wikidata id follow the
 * rule of summariseEntity incrementally: the earliest-published source names
 * it, aliases are every other form. Setting a dummy property first takes the
 * node's write lock, so concurrent writers of one entity serialise.
 */
export const UPSERT_ENTITIES = `
CALL () {
  ${unionPerLabel(
    (label) => `UNWIND $rows.${label} AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:${label}, e.kind = '${label}'
  RETURN e, row`,
  )}
}
SET e._lock = true
REMOVE e._lock
WITH e, row,
     e.nameSource IS NULL OR row.nameSource < e.nameSource AS named,
     row.wikidata IS NOT NULL
       AND (e.wikidataSource IS NULL OR row.wikidataSource < e.wikidataSource) AS identified
WITH e, row, named, identified, CASE WHEN named THEN row.name ELSE e.name END AS name
CALL (e, row, name) {
  UNWIND coalesce(e.aliases, []) + [e.name] + row.forms AS form
  WITH DISTINCT form WHERE form IS NOT NULL AND form <> name
  WITH form ORDER BY form
  RETURN collect(form) AS aliases
}
SET e.name = name,
    e.aliases = aliases,
    e.nameSource = CASE WHEN named THEN row.nameSource ELSE e.nameSource END,
    e.wikidata = CASE WHEN identified THEN row.wikidata ELSE e.wikidata END,
    e.wikidataSource = CASE WHEN identified THEN row.wikidataSource ELSE e.wikidataSource END`;

/** Each article's view of each entity it mentions (name, forms, Wikidata id, offsets, source key). */
export const UPSERT_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.name = row.name,
    m.aliases = row.aliases,
    m.wikidata = row.wikidata,
    m.source = row.source,
    m.starts = [offset IN row.starts | toInteger(offset)],
    m.ends = [offset IN row.ends | toInteger(offset)]`;

export const READ_ENTITY_MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, collect(CASE WHEN a IS NULL THEN null ELSE {
  source: m.source, name: m.name, aliases: coalesce(m.aliases, []), wikidata: m.wikidata
} END) AS mentions
RETURN e.id AS id, mentions, EXISTS { (e)-[:${FACT_TYPES_PATTERN}]-() } AS hasFacts`;

export const SET_ENTITY_PROPS = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.wikidata = row.wikidata,
    e.nameSource = row.nameSource, e.wikidataSource = row.wikidataSource`;

/** Entities nothing refers to any more: no mention, no fact. */
export const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(e) AS deleted`;

// ── Facts and evidence ──────────────────────────────────────────────────────

/**
 * One relationship per fact key, all types in one statement ($rows keyed by
 * type), returning each fact's stored summary for the incremental update.
 * Setting and removing a dummy property takes the relationship's write lock
 * before its properties are read, so two concurrent writers of the same fact
 * serialise instead of losing evidence.
 */
export const MERGE_FACTS = `
CALL () {
  ${unionPerType(
    (type) => `UNWIND $rows.${type} AS row
  MATCH (from:Entity {id: row.from})
  MATCH (to:Entity {id: row.to})
  MERGE (from)-[r:${type} {key: row.key}]->(to)
  SET r._lock = true
  REMOVE r._lock
  RETURN row.key AS key, r {.*, articleIds: null} AS props`,
  )}
}
RETURN key, props`;

export const UPSERT_EVIDENCE = `
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MERGE (ev:Evidence {key: row.key})
SET ev = row,
    ev.start = toInteger(row.start),
    ev.end = toInteger(row.end),
    ev.count = toInteger(row.count)
MERGE (ev)-[:FROM]->(a)`;

/** What summariseFact needs of each piece of evidence (not the sentence). */
export const READ_FACT_EVIDENCE = `
UNWIND $keys AS key
OPTIONAL MATCH (ev:Evidence {factKey: key})
RETURN key, collect(ev {
  .articleId, .start, .end, .confidence, .date, .dateEnd, .dateSource,
  .role, .count, .kind, .level, .status, .area, .on, .text
}) AS evidence`;

/**
 * Fact summaries, all types in one statement ($rows keyed by type: {key,
 * props, articleIds, replace}). articleIds are unioned here, inside Neo4j, so
 * a busy fact's list is never shipped back and forth; `replace` sets it
 * instead (recomputation after a retraction).
 */
export const SET_FACT_PROPS = `
${unitPerType(
  (type) => `
  UNWIND $rows.${type} AS row
  MATCH ()-[r:${type} {key: row.key}]->()
  SET r += row.props,
      r.count = toInteger(row.props.count),
      r.evidenceCount = toInteger(row.props.evidenceCount),
      r.articleCount = toInteger(row.props.articleCount)
  WITH r, row
  CALL (r, row) {
    UNWIND CASE WHEN row.replace THEN row.articleIds ELSE coalesce(r.articleIds, []) + row.articleIds END AS id
    WITH DISTINCT id ORDER BY id
    RETURN collect(id) AS articleIds
  }
  SET r.articleIds = articleIds`,
)}`;

/** Facts nothing asserts any more ($keys keyed by type). */
export const DELETE_FACTS = `
${unitPerType(
  (type) => `
  UNWIND $keys.${type} AS key
  MATCH ()-[r:${type} {key: key}]->()
  DELETE r`,
)}`;

// ── Retraction ──────────────────────────────────────────────────────────────

/** What an article touches: its facts (with their ends) and the entities it mentions. */
export const READ_ARTICLE_FOOTPRINT = `
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)<-[:FROM]-(ev:Evidence)
  RETURN collect(DISTINCT {key: ev.factKey, type: ev.type, from: ev.from, to: ev.to}) AS facts
}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS entityIds
}
RETURN facts, entityIds`;

export const DELETE_ARTICLE = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)<-[:FROM]-(ev:Evidence)
DETACH DELETE ev
WITH DISTINCT a
DETACH DELETE a`;

// ── Resolution reads ────────────────────────────────────────────────────────

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

// ── Migrations ──────────────────────────────────────────────────────────────

export const MIGRATION_CONSTRAINT =
  'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE';

export const READ_MIGRATIONS = 'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum';

export const RECORD_MIGRATION = `
MERGE (m:Migration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()`;

// ── Reads the model is built for ────────────────────────────────────────────

/**
 * A pair's dossier: every fact between two entities (either direction), each
 * with its most confident evidence and source articles. Cost grows with the
 * pair's facts and $maxEvidence, not with the graph or a fact's history: two
 * unique-index seeks, an expand between the two nodes, and per fact an
 * index-ordered seek on Evidence(factKey, confidence) that stops after
 * $maxEvidence rows (the hint keeps the planner on that index).
 */
export const PAIR_FACTS = `
MATCH (a:Entity {id: $a})-[r:${FACT_TYPES_PATTERN}]-(b:Entity {id: $b})
WITH DISTINCT r
CALL (r) {
  MATCH (ev:Evidence) USING INDEX ev:Evidence(factKey, confidence)
  WHERE ev.factKey = r.key AND ev.confidence >= 0
  WITH ev ORDER BY ev.factKey, ev.confidence DESC
  LIMIT $maxEvidence
  MATCH (ev)-[:FROM]->(art:Article)
  RETURN collect(ev {
    .sentence, .start, .end, .confidence, .rule, .date, .dateSource,
    articleId: art.id, title: art.title, url: art.url, source: art.source, publishedAt: art.publishedAt
  }) AS evidence
}
RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
       r {.*, articleIds: null, qualifierTrust: null, dateFromText: null} AS fact, evidence
ORDER BY fact.date, type, fact.key`;

/** Every fact one article asserts (what a retraction would touch). */
export const ARTICLE_FACTS = `
MATCH (:Article {id: $articleId})<-[:FROM]-(ev:Evidence)
RETURN ev.factKey AS key, ev.type AS type, ev.from AS from, ev.to AS to,
       ev.sentence AS sentence, ev.start AS start, ev.end AS end, ev.confidence AS confidence
ORDER BY ev.start, key`;
