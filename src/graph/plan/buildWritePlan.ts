// Extraction (already resolved against the graph) → the statements that write
// it: the Article node, its entities and mentions, one relationship per fact
// key and one Evidence node per asserting span. Several new articles combine
// into one plan (combineArticlePlans), so a batch costs a few statements in
// all rather than a few per article. Pure: the writer (writeArticle) runs the
// statements in one transaction, then folds the plan into the stored
// summaries it read back: each entity's naming (incrementalEntityUpdates) and
// each fact's evidence (incrementalFactUpdates).
import type { Entity, EntityKind, Extraction, RelationType } from '../../ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../../ingest/types';
import { EVENT_TYPES } from '../../ingest/factKey';
import type { ArticleIdentity } from '../model/articleIdentity';
import { byKind, byType } from '../cypherTemplates';
import {
  MERGE_ENTITIES,
  MERGE_FACTS,
  UPSERT_ARTICLES,
  UPSERT_EVIDENCE,
  UPSERT_MENTIONS,
} from './writeCypher';
import type { EvidenceRecord } from '../model/evidenceRecord';
import { toEvidenceRecord } from '../model/evidenceRecord';
import type { FactRef, FactUpdate } from './summaryStatements';
import { setEntityPropsStatement, setFactPropsStatement } from './summaryStatements';
import type { Statement } from '../statement';
import type { FactProps } from '../model/summariseFact';
import { mergeFactSummary } from '../model/summariseFact';
import type { EntityProps } from '../model/entityName';
import { joinEntityNames, sourceKey } from '../model/entityName';

export type { FactRef } from './summaryStatements';

export interface SkippedItem {
  item: string;
  reason: string;
}

export type PlannedFact = FactRef & { evidence: EvidenceRecord[] };

/** A row of MERGE_FACTS: the fact, its ends and the articles asserting it (for the change log). */
export interface FactRow {
  key: string;
  from: string;
  to: string;
  articleIds: string[];
}

/** An entity node to write, named as the plan's articles alone name it (joinEntityNames). */
export interface PlannedEntity {
  id: string;
  /** The kind it is first written with (a stored node keeps its own). */
  kind: EntityKind;
  naming: EntityProps;
}

/** The statements in the order the writer sends them, and what it folds in afterwards. */
export interface WritePlan {
  /** The Article nodes. */
  articles: Statement;
  /** Merges the entity nodes of every kind; returns each one's stored naming (`id`, `stored`). */
  mergeEntities: Statement | null;
  /** Each article's MENTIONS of its entities. */
  mentions: Statement | null;
  /** Merges the fact relationships; returns each one's stored summary (`key`, `props`). */
  mergeFacts: Statement | null;
  /** The Evidence nodes, linked to their Article. */
  evidence: Statement | null;
  /** Entities written, each with its naming by the plan's articles. */
  entities: PlannedEntity[];
  /** Facts asserted, each with all its evidence from the plan's articles (events: by series). */
  facts: PlannedFact[];
  /** Event series the plan adds evidence to: their occurrences are derived after the write. */
  eventSeries: string[];
}

/** One article's entity as it mentions it. */
interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata: string | null;
  starts: number[];
  ends: number[];
}

/** What one article writes, before it is turned into statements. */
export interface ArticlePlan extends WritePlan {
  articleId: string;
  /** Entities the article mentions. */
  entityIds: string[];
  evidenceCount: number;
  /** What the plan left out, and why (unknown kinds or types, dangling ends). */
  skipped: SkippedItem[];
  parts: {
    article: Record<string, unknown>;
    /** sourceKey() of the article: orders whose name an entity takes. */
    source: string;
    entities: EntityRow[];
    evidence: EvidenceRecord[];
  };
}

const isKind = (value: string): value is EntityKind =>
  (ENTITY_KINDS as readonly string[]).includes(value);
const isType = (value: string): value is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(value);

function entityRow(entity: Entity): EntityRow {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name.trim(),
    aliases: [...entity.aliases, ...entity.mentions.map((mention) => mention.text)],
    wikidata: entity.wikidata ?? null,
    starts: entity.mentions.map((mention) => mention.start),
    ends: entity.mentions.map((mention) => mention.end),
  };
}

/** One row per id: an extraction may list an entity twice (e.g. after resolution). */
function mergeEntityRows(rows: readonly EntityRow[]): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (seen === undefined) {
      byId.set(row.id, {
        ...row,
        aliases: [...row.aliases],
        starts: [...row.starts],
        ends: [...row.ends],
      });
      continue;
    }
    seen.aliases.push(row.name, ...row.aliases);
    seen.starts.push(...row.starts);
    seen.ends.push(...row.ends);
    seen.wikidata ??= row.wikidata;
  }
  return [...byId.values()].map((row) => ({
    ...row,
    aliases: [...new Set(row.aliases.map((alias) => alias.trim()))]
      .filter((alias) => alias !== '' && alias !== row.name)
      .sort(),
  }));
}

/** Groups in first-seen order, each group in item order. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

export function buildWritePlan(extraction: Extraction, identity: ArticleIdentity): ArticlePlan {
  const { article } = extraction;
  const skipped: SkippedItem[] = [];

  const validEntities = extraction.entities.filter((entity) => {
    const ok = isKind(entity.kind) && entity.id.trim() !== '' && entity.name.trim() !== '';
    if (!ok) skipped.push({ item: `entity ${entity.id}`, reason: 'invalid kind or empty id/name' });
    return ok;
  });
  const entities = mergeEntityRows(validEntities.map(entityRow));
  const known = new Set(entities.map((entity) => entity.id));

  const evidence = new Map<string, EvidenceRecord>();
  for (const relation of extraction.relations) {
    const label = `${relation.type} ${relation.from} → ${relation.to}`;
    if (!isType(relation.type)) {
      skipped.push({ item: label, reason: 'relation type not in the ontology' });
    } else if (!known.has(relation.from) || !known.has(relation.to)) {
      skipped.push({ item: label, reason: 'an end is not among the entities' });
    } else if (relation.from === relation.to) {
      skipped.push({ item: label, reason: 'a fact needs two different ends' });
    } else {
      const record = toEvidenceRecord(relation, article.id);
      const seen = evidence.get(record.key);
      // The same fact from the same span twice: keep the more confident reading.
      if (seen === undefined || record.confidence > seen.confidence)
        evidence.set(record.key, record);
    }
  }
  const records = [...evidence.values()];
  const parts: ArticlePlan['parts'] = {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      section: article.section,
      publishedAt: article.publishedAt,
      entityIds: entities.map((entity) => entity.id),
      versionKey: identity.versionKey,
      extractionHash: identity.extractionHash,
    },
    source: sourceKey(article.publishedAt, article.id),
    entities,
    evidence: records,
  };
  return {
    ...combineParts([parts]),
    articleId: article.id,
    entityIds: entities.map((entity) => entity.id),
    evidenceCount: records.length,
    skipped,
    parts,
  };
}

/**
 * One plan writing several new articles (none stored yet, no two alike), as
 * writing them one after another would: an entity gets the name of the
 * earliest-published article among the stored one and these (and every other
 * form as an alias), a fact gets all their evidence.
 */
export function combineArticlePlans(plans: readonly ArticlePlan[]): WritePlan {
  return combineParts(plans.map((plan) => plan.parts));
}

function combineParts(parts: readonly ArticlePlan['parts'][]): WritePlan {
  const mentions = parts.flatMap(({ article, source, entities }) =>
    entities.map(({ id, kind: _kind, ...row }) => ({
      ...row,
      articleId: article.id,
      entityId: id,
      source,
    })),
  );
  const records = parts.flatMap((part) => part.evidence);
  const facts: PlannedFact[] = [...groupBy(records, (record) => record.factKey).entries()].map(
    ([key, items]) => ({ key, type: (items[0] as EvidenceRecord).type, evidence: items }),
  );

  const entities = plannedEntities(parts);
  const factRows = new Map<RelationType, FactRow[]>();
  // An event's relationship is one occurrence, merged once its series is assigned (derive/).
  for (const { key, type, evidence } of stateFacts(facts)) {
    const first = evidence[0] as EvidenceRecord;
    const list = factRows.get(type) ?? [];
    const articleIds = [...new Set(evidence.map((item) => item.articleId))].sort();
    list.push({ key, from: first.from, to: first.to, articleIds });
    factRows.set(type, list);
  }
  return {
    articles: { query: UPSERT_ARTICLES, params: { articles: parts.map((part) => part.article) } },
    mergeEntities:
      entities.length === 0
        ? null
        : { query: MERGE_ENTITIES, params: { rows: byKind(entityRowsByKind(entities)) } },
    mentions: mentions.length === 0 ? null : { query: UPSERT_MENTIONS, params: { rows: mentions } },
    mergeFacts:
      factRows.size === 0 ? null : { query: MERGE_FACTS, params: { rows: byType(factRows) } },
    evidence: records.length === 0 ? null : { query: UPSERT_EVIDENCE, params: { rows: records } },
    entities,
    facts,
    eventSeries: facts.filter((fact) => EVENT_TYPES.has(fact.type)).map((fact) => fact.key),
  };
}

/**
 * One entity per id, of the kind it is first written with, named by the
 * articles that mention it (each article's name, forms and Wikidata id joined
 * by the naming rule).
 */
function plannedEntities(parts: readonly ArticlePlan['parts'][]): PlannedEntity[] {
  const planned = new Map<string, PlannedEntity>();
  for (const { source, entities } of parts) {
    for (const entity of entities) {
      const seen = planned.get(entity.id);
      const naming = joinEntityNames(seen?.naming ?? null, {
        name: entity.name,
        aliases: entity.aliases,
        wikidata: entity.wikidata,
        nameSource: source,
        wikidataSource: entity.wikidata === null ? null : source,
      });
      planned.set(entity.id, { id: entity.id, kind: seen?.kind ?? entity.kind, naming });
    }
  }
  return [...planned.values()];
}

function entityRowsByKind(entities: readonly PlannedEntity[]): Map<EntityKind, { id: string }[]> {
  const rows = new Map<EntityKind, { id: string }[]>();
  for (const { id, kind } of entities) rows.set(kind, [...(rows.get(kind) ?? []), { id }]);
  return rows;
}

/**
 * The SET statement folding the plan's naming of each entity into its stored
 * naming (`stored` by id; an entity missing there, or null, is new).
 */
export function incrementalEntityUpdates(
  plan: Pick<WritePlan, 'entities'>,
  stored: ReadonlyMap<string, EntityProps | null>,
): Statement {
  return setEntityPropsStatement(
    plan.entities.map(({ id, naming }) => ({
      id,
      ...joinEntityNames(stored.get(id) ?? null, naming),
    })),
  );
}

/** Facts whose relationship the plan merges itself (every type but the events). */
export function stateFacts(facts: readonly PlannedFact[]): PlannedFact[] {
  return facts.filter((fact) => !EVENT_TYPES.has(fact.type));
}

/**
 * The SET statement folding the plan's evidence into each fact's stored
 * summary (`stored` by key; a fact missing there is new).
 */
export function incrementalFactUpdates(
  plan: Pick<WritePlan, 'facts'>,
  stored: ReadonlyMap<string, FactProps | null>,
): Statement {
  const updates: FactUpdate[] = stateFacts(plan.facts).map(({ key, type, evidence }) => ({
    key,
    type,
    props: mergeFactSummary(stored.get(key) ?? null, evidence),
  }));
  return setFactPropsStatement(updates, 'add');
}
