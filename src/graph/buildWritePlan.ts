// Extraction (already resolved against the graph) → the statements that write
// one article: the Article node, its entities and mentions, one relationship
// per fact key and one Evidence node per asserting span. Pure: the writer
// (writeArticle) runs them in one transaction and folds this article's
// evidence into each fact's stored summary (incrementalFactUpdates).
import type { Entity, EntityKind, Extraction, RelationType } from '../ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../ingest/types';
import type { ArticleIdentity } from './articleIdentity';
import {
  byKind,
  byType,
  MERGE_FACTS,
  UPSERT_ARTICLE,
  UPSERT_ENTITIES,
  UPSERT_EVIDENCE,
} from './cypher';
import type { EvidenceRecord } from './evidenceRecord';
import { toEvidenceRecord } from './evidenceRecord';
import type { FactRef, FactUpdate } from './factStatements';
import { setFactPropsStatement } from './factStatements';
import type { Statement } from './statement';
import type { FactProps } from './summariseFact';
import { mergeFactSummary } from './summariseFact';
import { sourceKey } from './summariseEntity';

export type { FactRef } from './factStatements';

export interface SkippedItem {
  item: string;
  reason: string;
}

export interface WritePlan {
  articleId: string;
  /** The Article node, then entities and mentions. */
  statements: Statement[];
  /** Merges the fact relationships; returns each one's stored summary (`key`, `props`). */
  mergeFacts: Statement | null;
  /** The Evidence nodes, linked to the Article. */
  evidence: Statement | null;
  /** Facts the article asserts, each with its evidence from this article. */
  facts: (FactRef & { evidence: EvidenceRecord[] })[];
  /** Entities the article mentions. */
  entityIds: string[];
  evidenceCount: number;
  /** What the plan left out, and why (unknown kinds or types, dangling ends). */
  skipped: SkippedItem[];
}

interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata: string | null;
  starts: number[];
  ends: number[];
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

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

export function buildWritePlan(extraction: Extraction, identity: ArticleIdentity): WritePlan {
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
  const facts = [...groupBy(records, (record) => record.factKey).entries()].map(([key, items]) => ({
    key,
    type: (items[0] as EvidenceRecord).type,
    evidence: items,
  }));

  const statements: Statement[] = [
    {
      query: UPSERT_ARTICLE,
      params: {
        article: {
          id: article.id,
          title: article.title,
          url: article.url,
          source: article.source,
          section: article.section,
          publishedAt: article.publishedAt,
        },
        entityIds: entities.map((entity) => entity.id),
        versionKey: identity.versionKey,
        extractionHash: identity.extractionHash,
      },
    },
  ];
  if (entities.length > 0) {
    const rows = new Map<EntityKind, Omit<EntityRow, 'kind'>[]>();
    for (const { kind, ...row } of entities) rows.set(kind, [...(rows.get(kind) ?? []), row]);
    statements.push({
      query: UPSERT_ENTITIES,
      params: {
        articleId: article.id,
        source: sourceKey(article.publishedAt, article.id),
        rows: byKind(rows),
      },
    });
  }
  const factRows = new Map<RelationType, { key: string; from: string; to: string }[]>();
  for (const {
    key,
    type,
    evidence: [first],
  } of facts) {
    const row = { key, from: first?.from ?? '', to: first?.to ?? '' };
    factRows.set(type, [...(factRows.get(type) ?? []), row]);
  }
  return {
    articleId: article.id,
    statements,
    mergeFacts:
      facts.length === 0 ? null : { query: MERGE_FACTS, params: { rows: byType(factRows) } },
    evidence:
      records.length === 0
        ? null
        : { query: UPSERT_EVIDENCE, params: { articleId: article.id, rows: records } },
    facts,
    entityIds: entities.map((entity) => entity.id),
    evidenceCount: records.length,
    skipped,
  };
}

/**
 * The SET statement folding this article's evidence into each fact's stored
 * summary (`stored` by key; a fact missing there is new).
 */
export function incrementalFactUpdates(
  plan: Pick<WritePlan, 'facts'>,
  stored: ReadonlyMap<string, FactProps | null>,
): Statement {
  const updates: FactUpdate[] = plan.facts.map(({ key, type, evidence }) => ({
    key,
    type,
    props: mergeFactSummary(stored.get(key) ?? null, evidence),
  }));
  return setFactPropsStatement(updates, 'add');
}
