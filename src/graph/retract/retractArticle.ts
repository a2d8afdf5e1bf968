// Retraction: take back everything one article asserted. Facts only it
// asserted go, shared facts lose its evidence and are recomputed from the rest
// (date, confidence, articles), entities left with no fact and no mention go.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { RelationType } from '../../ingest/types';
import { EVENT_TYPES } from '../../ingest/factKey';
import { deriveValidity } from '../derive/deriveValidity';
import { reconcileEvents } from '../derive/reconcileEvents';
import { withGraphErrors } from '../errors';
import type { RefreshResult } from './refreshGraph';
import { refreshGraph } from './refreshGraph';
import type { QueryRunner } from '../runStatements';
import { toNative } from '../toNative';

/** What an article touches: its facts (with their ends) and the entities it mentions. */
const READ_ARTICLE_FOOTPRINT = `
MATCH (a:Article {id: $articleId})
CALL (a) {
  MATCH (a)<-[:FROM]-(ev:Evidence)
  RETURN collect(DISTINCT {key: ev.factKey, series: ev.seriesKey, type: ev.type, from: ev.from, to: ev.to}) AS facts
}
CALL (a) {
  MATCH (a)-[:MENTIONS]->(e:Entity)
  RETURN collect(DISTINCT e.id) AS entityIds
}
RETURN facts, entityIds`;

/**
 * Deletes the article; its evidence is retired, not deleted (kept for audit
 * as RetiredEvidence, with `retiredAt`), so no read of the facts sees it.
 */
const DELETE_ARTICLE = `
MATCH (a:Article {id: $articleId})
OPTIONAL MATCH (a)<-[from:FROM]-(ev:Evidence)
DELETE from
WITH a, collect(ev) AS evidence
FOREACH (ev IN evidence | SET ev:RetiredEvidence, ev.retiredAt = datetime() REMOVE ev:Evidence)
WITH a
DETACH DELETE a`;

export interface RetractResult extends RefreshResult {
  articleId: string;
  /** False when no such article was stored (nothing changed). */
  found: boolean;
}

interface Footprint {
  facts: { key: string; series: string | null; type: RelationType; from: string; to: string }[];
  entityIds: string[];
}

/** Retracts inside a caller's transaction (also used when a new version replaces an article). */
export async function retractInTransaction(
  tx: QueryRunner,
  articleId: string,
): Promise<RetractResult> {
  const result = await tx.run(READ_ARTICLE_FOOTPRINT, { articleId });
  const record = result.records[0];
  if (record === undefined) {
    return {
      articleId,
      found: false,
      factsUpdated: 0,
      factsDeleted: 0,
      entitiesUpdated: 0,
      entitiesDeleted: 0,
    };
  }
  const footprint: Footprint = {
    facts: toNative<Footprint['facts']>(record.get('facts')),
    entityIds: record.get('entityIds') as string[],
  };
  await tx.run(DELETE_ARTICLE, { articleId });
  const ends = footprint.facts.flatMap((fact) => [fact.from, fact.to]);
  // Events re-derive their series before the refresh, whose entity clean-up needs the final
  // facts; derived ends after it, once facts nothing asserts any more are gone.
  await reconcileEvents(
    tx,
    footprint.facts
      .filter((fact) => EVENT_TYPES.has(fact.type))
      .map((fact) => fact.series ?? fact.key),
    [articleId],
  );
  const refreshed = await refreshGraph(
    tx,
    footprint.facts,
    [...footprint.entityIds, ...ends],
    [articleId],
  );
  await deriveValidity(tx, footprint.facts, [articleId]);
  return { articleId, found: true, ...refreshed };
}

export async function retractArticle(
  driver: Driver,
  database: string,
  articleId: string,
  options: { timeoutMs?: number } = {},
): Promise<RetractResult> {
  return withGraphErrors(async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => retractInTransaction(tx, articleId), {
        timeout: options.timeoutMs,
      });
    } finally {
      await session.close();
    }
  });
}
