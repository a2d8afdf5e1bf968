// The Cypher a write plan runs (buildWritePlan): the Article nodes, the entity
// nodes and each article's MENTIONS of them, one relationship per fact and one
// Evidence node per asserting span. Every value is a parameter; labels and
// types come from the allow-lists (../cypherTemplates).
import { createChange } from '../model/changeLog';
import { unionPerLabel, unionPerType } from '../cypherTemplates';

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

/**
 * Entity nodes of every kind in one statement ($rows keyed by kind: {id}),
 * returning each node's stored naming (null props before it was first named).
 * A node keeps the kind it was created with. The naming itself is decided in
 * TypeScript (model/entityName: joinEntityNames of the stored and the planned
 * naming) and set by SET_ENTITY_PROPS. Setting a dummy property first takes
 * the node's write lock before its naming is read, so concurrent writers of
 * one entity serialise.
 */
export const MERGE_ENTITIES = `
CALL () {
  ${unionPerLabel(
    (label) => `UNWIND $rows.${label} AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:${label}, e.kind = '${label}'
  RETURN e`,
  )}
}
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e {.name, .aliases, .wikidata, .nameSource, .wikidataSource} AS stored`;

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

/**
 * One relationship per fact key, all types in one statement ($rows keyed by
 * type: {key, from, to, articleIds}), returning each fact's stored summary for
 * the incremental update. Setting and removing a dummy property takes the
 * relationship's write lock before its properties are read, so two
 * concurrent writers of the same fact serialise instead of losing evidence.
 * A new fact records when the graph learnt it (`recordedAt`) and logs an
 * `added` Change naming the articles that asserted it.
 */
export const MERGE_FACTS = `
CALL () {
  ${unionPerType(
    (type) => `UNWIND $rows.${type} AS row
  MATCH (from:Entity {id: row.from})
  MATCH (to:Entity {id: row.to})
  MERGE (from)-[r:${type} {key: row.key}]->(to)
  ON CREATE SET r.recordedAt = datetime(), r._created = true
  SET r._lock = true
  REMOVE r._lock
  WITH row, r, coalesce(r._created, false) AS created
  REMOVE r._created
  FOREACH (_ IN CASE WHEN created THEN [1] ELSE [] END |
    ${createChange(`'added'`, `'${type}'`, 'row.key', 'row.from', 'row.to', 'row.articleIds')})
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
    ev.count = toInteger(row.count),
    ev.recordedAt = datetime()
MERGE (ev)-[:FROM]->(a)`;
