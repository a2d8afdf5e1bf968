// Cypher map projections shared by the read queries, so every query returns
// entities, facts, articles and evidence in the shapes of ./records.ts. They
// take variable names (always literals of this module's callers, never input).
// Facts carry their ends' ids only; a query that returns facts also returns
// the entities they name once (`factEntities`), which keeps query texts short
// (fast to plan) and lets the API's loaders start primed.

/** An entity node as an EntityRecord. */
export function entityMap(node: string): string {
  return `${node} {.id, .kind, .name, aliases: coalesce(${node}.aliases, []), .wikidata,
    articleCount: COUNT { (${node})<-[:MENTIONS]-() }}`;
}

/** An article node as an ArticleRecord. */
export function articleMap(node: string): string {
  return `${node} {.id, .title, .url, .source, .section, .publishedAt}`;
}

/** A fact relationship as a RelationRecord: its properties, type and stored ends. */
export function relationMap(rel: string): string {
  return `${rel} {.key, type: type(${rel}), from: startNode(${rel}).id, to: endNode(${rel}).id,
    .date, .dateEnd, .precision, .dateSource, .confidence, .evidenceCount,
    .role, .count, .kind, .level, .status, .area, .\`on\`, .text,
    .validTo, .endedBy, mayBe: coalesce(${rel}.mayBe, []), .mayBeReason}`;
}

/** An Evidence node and the article it comes from as an EvidenceRow. */
export function evidenceMap(evidence: string, article: string): string {
  return `${evidence} {.key, .factKey, .articleId, .sentence, .start, .end, .confidence, .rule,
    .date, .dateSource, article: ${articleMap(article)}}`;
}

/**
 * A CALL that adds `entities`: the EntityRecords of every end and `area` of
 * the facts in the list variable `facts` (maps made by relationMap).
 */
export function factEntities(facts: string): string {
  return `CALL (${facts}) {
  UNWIND ${facts} AS fact
  UNWIND [fact.from, fact.to, fact.area] AS entityId
  WITH DISTINCT entityId WHERE entityId IS NOT NULL
  MATCH (node:Entity {id: entityId})
  RETURN collect(${entityMap('node')}) AS entities
}`;
}
