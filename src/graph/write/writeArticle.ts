// Writes extracted articles. An article either lands whole or not at all:
// each write is one managed transaction (executeWrite retries transient
// failures by re-running the whole function). Inside, in this order:
//   read   the stored versions (readStoredVersions), retract them;
//   read   what resolution needs of the graph (readStoredAgreements);
//   pure   resolve (src/ingest/resolve), then plan (../plan/buildWritePlan);
//   write  the plan, then fold it into what the merges read back: each
//          entity's stored naming and each fact's stored summary.
// writeArticles does the same for a batch in one transaction, combining new
// articles into a few statements.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Resolution, ResolutionDecision } from '../../ingest/resolve/resolveExtraction';
import { resolveExtraction } from '../../ingest/resolve/resolveExtraction';
import type { Extraction } from '../../ingest/types';
import { GraphUnavailableError, withGraphErrors } from '../errors';
import type { ArticleIdentity } from '../model/articleIdentity';
import { articleIdentity } from '../model/articleIdentity';
import { storedEntityNames } from '../model/entityName';
import { storedFactSummary } from '../model/summariseFact';
import type { ArticlePlan, SkippedItem, WritePlan } from '../plan/buildWritePlan';
import {
  buildWritePlan,
  combineArticlePlans,
  incrementalEntityUpdates,
  incrementalFactUpdates,
  stateFacts,
} from '../plan/buildWritePlan';
import { deriveTime } from '../derive/deriveTime';
import type { EvidenceRecord } from '../model/evidenceRecord';
import { retractInTransaction } from '../retract/retractArticle';
import type { QueryRunner } from '../runStatements';
import { runStatements } from '../runStatements';
import type { Statement } from '../statement';
import { toNative } from '../toNative';
import { BatchSegment, partyTargets } from './batchSegment';
import { readAgreementParties, readStoredAgreements } from './readStoredAgreements';
import { readStoredVersions } from './readStoredVersions';

export type WriteStatus = 'new' | 'unchanged' | 'replaced';

export interface WriteResult {
  articleId: string;
  status: WriteStatus;
  /** Ids of the stored versions this article replaced (possibly its own id). */
  replaced: string[];
  entities: number;
  facts: number;
  evidence: number;
  resolutions: ResolutionDecision[];
  skipped: SkippedItem[];
}

export interface WriteOptions {
  /** Rewrite even when the same extraction is already stored. */
  force?: boolean;
  /** Transaction timeout in milliseconds. */
  timeoutMs?: number;
  /** Test hook: runs last inside the transaction; throwing rolls the write back. */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
}

/**
 * Runs a plan: one round trip for the articles, entities, mentions, facts and
 * evidence (Neo4j runs a transaction's queries in the order sent, so none has
 * to wait for the previous answer), then one to fold the plan into the stored
 * naming of each entity and summary of each fact, which the merges read back.
 */
async function runPlan(tx: QueryRunner, plan: WritePlan): Promise<void> {
  const run = (statement: Statement | null) =>
    statement === null ? Promise.resolve(null) : tx.run(statement.query, statement.params);
  const [, mergedEntities, , mergedFacts] = await Promise.all(
    [plan.articles, plan.mergeEntities, plan.mentions, plan.mergeFacts, plan.evidence].map(run),
  );
  const storedNames = new Map(
    (mergedEntities?.records ?? []).map((record) => [
      record.get('id') as string,
      storedEntityNames(toNative<Record<string, unknown> | null>(record.get('stored'))),
    ]),
  );
  const storedFacts = new Map(
    (mergedFacts?.records ?? []).map((record) => [
      record.get('key') as string,
      storedFactSummary(toNative<Record<string, unknown>>(record.get('props'))),
    ]),
  );
  const updates: Statement[] = [];
  if (plan.entities.length > 0) updates.push(incrementalEntityUpdates(plan, storedNames));
  if (stateFacts(plan.facts).length > 0) updates.push(incrementalFactUpdates(plan, storedFacts));
  await runStatements(tx, updates, { pipelined: true });
  await deriveTime(tx, {
    eventSeries: plan.eventSeries,
    states: stateFacts(plan.facts).map(({ type, evidence }) => ({
      type,
      from: (evidence[0] as EvidenceRecord).from,
      to: (evidence[0] as EvidenceRecord).to,
    })),
    articleIds: [...new Set(plan.facts.flatMap((fact) => fact.evidence.map((e) => e.articleId)))],
  });
}

function newResult(plan: ArticlePlan, resolutions: ResolutionDecision[]): WriteResult {
  return {
    articleId: plan.articleId,
    status: 'new',
    replaced: [],
    entities: plan.entityIds.length,
    facts: plan.facts.length,
    evidence: plan.evidenceCount,
    resolutions,
    skipped: plan.skipped,
  };
}

/** Resolution against the stored graph (a read, then the pure resolver), then the pure plan. */
async function resolveAndPlan(
  tx: QueryRunner,
  extraction: Extraction,
  identity: ArticleIdentity,
): Promise<{ resolution: Resolution; plan: ArticlePlan }> {
  const stored = await readStoredAgreements(tx, extraction);
  const resolution = resolveExtraction(extraction, stored);
  return { resolution, plan: buildWritePlan(resolution.extraction, identity) };
}

/** One article, whatever is stored: new, unchanged, or replacing earlier versions. */
async function writeInTransaction(
  tx: ManagedTransaction,
  extraction: Extraction,
  options: WriteOptions,
): Promise<WriteResult> {
  const articleId = extraction.article.id;
  const identity = articleIdentity(extraction);
  const stored = (await readStoredVersions(tx, [{ extraction, identity }])).get(articleId) ?? [];
  const same = stored.length === 1 && stored[0]?.id === articleId;
  const unchanged = same && stored[0]?.extractionHash === identity.extractionHash;
  if (unchanged && !options.force) {
    return {
      articleId,
      status: 'unchanged',
      replaced: [],
      entities: 0,
      facts: 0,
      evidence: 0,
      resolutions: [],
      skipped: [],
    };
  }
  for (const version of stored) await retractInTransaction(tx, version.id);

  const { resolution, plan } = await resolveAndPlan(tx, extraction, identity);
  await runPlan(tx, plan);
  const result = newResult(plan, resolution.decisions);
  if (stored.length === 0) return result;
  return {
    ...result,
    status: unchanged ? 'unchanged' : 'replaced',
    replaced: unchanged ? [] : stored.map((version) => version.id),
  };
}

/** `work` in one managed write transaction (with the test hook last); Neo4j errors as GraphErrors. */
async function inWriteTransaction<T>(
  driver: Driver,
  database: string,
  options: WriteOptions,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return withGraphErrors(async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        async (tx) => {
          const result = await work(tx);
          await options.beforeCommit?.(tx);
          return result;
        },
        { timeout: options.timeoutMs },
      );
    } finally {
      await session.close();
    }
  });
}

export async function writeArticle(
  driver: Driver,
  database: string,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteResult> {
  return inWriteTransaction(driver, database, options, (tx) =>
    writeInTransaction(tx, extraction, options),
  );
}

/**
 * A batch in one transaction, giving the graph of writing its articles one
 * after another. New articles gather in a segment written with one combined
 * plan; the segment is flushed first when the next article would see it: a
 * stored or repeated version (written alone, as writeArticle does), or an
 * agreement that resolution could match against one the segment touches.
 */
async function writeBatchInTransaction(
  tx: ManagedTransaction,
  extractions: readonly Extraction[],
  options: WriteOptions,
): Promise<WriteResult[]> {
  const batch = extractions.map((extraction) => ({
    extraction,
    identity: articleIdentity(extraction),
  }));
  const stored = await readStoredVersions(tx, batch);
  const results: WriteResult[] = [];
  const segment = new BatchSegment<WriteResult>();
  const flush = async () => {
    if (segment.isEmpty()) return;
    await runPlan(tx, combineArticlePlans(segment.plans()));
    results.push(...segment.results());
    segment.clear();
  };
  const seenKeys = new Set<string>();
  for (const { extraction, identity } of batch) {
    const keys = [`id:${extraction.article.id}`, `version:${identity.versionKey}`];
    const repeated = keys.some((key) => seenKeys.has(key));
    keys.forEach((key) => seenKeys.add(key));
    if (repeated || stored.has(extraction.article.id)) {
      await flush();
      results.push(await writeInTransaction(tx, extraction, options));
      continue;
    }
    if (segment.couldAffectResolutionOf(extraction)) await flush();
    const { resolution, plan } = await resolveAndPlan(tx, extraction, identity);
    const parties = await readAgreementParties(tx, partyTargets(resolution.extraction));
    segment.add(resolution.extraction, plan, newResult(plan, resolution.decisions), parties);
  }
  await flush();
  return results;
}

export type BatchItem = { ok: true; result: WriteResult } | { ok: false; error: unknown };

/**
 * Writes several articles in one transaction, in order (each sees the ones
 * before it), so bulk ingest pays one commit and a few statements per batch
 * instead of per article. Each article still lands whole or not at all: when
 * the batch fails for a reason other than Neo4j being unavailable, it is split
 * in halves and retried until the failing article stands alone and gets its
 * error; the others are written.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  extractions: readonly Extraction[],
  options: WriteOptions = {},
): Promise<BatchItem[]> {
  if (extractions.length === 0) return [];
  try {
    const results = await inWriteTransaction(driver, database, options, (tx) =>
      writeBatchInTransaction(tx, extractions, options),
    );
    return results.map((result) => ({ ok: true, result }));
  } catch (error) {
    if (error instanceof GraphUnavailableError) throw error;
    if (extractions.length === 1) return [{ ok: false, error }];
    const half = Math.ceil(extractions.length / 2);
    return [
      ...(await writeArticles(driver, database, extractions.slice(0, half), options)),
      ...(await writeArticles(driver, database, extractions.slice(half), options)),
    ];
  }
}
