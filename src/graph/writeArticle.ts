// Writes one extracted article in one managed transaction: an article either
// lands whole or not at all (executeWrite retries transient failures by
// re-running the whole function). Inside: find earlier versions, retract them,
// resolve against the graph, run the write plan, fold the new evidence into
// each fact's stored summary.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ResolutionDecision } from '../ingest/resolve/resolveExtraction';
import { resolveExtraction } from '../ingest/resolve/resolveExtraction';
import type { Extraction } from '../ingest/types';
import { articleIdentity } from './articleIdentity';
import type { SkippedItem } from './buildWritePlan';
import { buildWritePlan, incrementalFactUpdates } from './buildWritePlan';
import { FIND_ARTICLE_VERSIONS } from './cypher';
import { GraphUnavailableError, withGraphErrors } from './errors';
import { retractInTransaction } from './retractArticle';
import { runStatements } from './runStatements';
import { storedFactSummary } from './summariseFact';
import { toNative } from './toNative';

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
  /** Test hook: runs last inside the transaction; throwing rolls the article back. */
  beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
}

async function writeInTransaction(
  tx: ManagedTransaction,
  extraction: Extraction,
  options: WriteOptions,
): Promise<WriteResult> {
  const articleId = extraction.article.id;
  const identity = articleIdentity(extraction);
  const found = await tx.run(FIND_ARTICLE_VERSIONS, {
    id: articleId,
    versionKey: identity.versionKey,
  });
  const stored = found.records.map((record) => ({
    id: record.get('id') as string,
    extractionHash: record.get('extractionHash') as string | null,
  }));
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

  const resolution = await resolveExtraction(tx, extraction);
  const plan = buildWritePlan(resolution.extraction, identity);
  // One round trip for the article, its entities, its facts and its evidence:
  // Neo4j runs a transaction's queries in the order sent, so none has to wait
  // for the previous answer. Only the summaries need the merged facts back.
  // Sent in this order: entities before the facts that match them.
  const written = runStatements(tx, plan.statements, { pipelined: true });
  const mergedFacts =
    plan.mergeFacts === null ? null : tx.run(plan.mergeFacts.query, plan.mergeFacts.params);
  const evidence =
    plan.evidence === null ? null : tx.run(plan.evidence.query, plan.evidence.params);
  const [, merged] = await Promise.all([written, mergedFacts, evidence]);
  if (merged !== null) {
    const stored = new Map(
      merged.records.map((record) => [
        record.get('key') as string,
        storedFactSummary(toNative<Record<string, unknown>>(record.get('props'))),
      ]),
    );
    await runStatements(tx, [incrementalFactUpdates(plan, stored)]);
  }
  await options.beforeCommit?.(tx);
  return {
    articleId,
    status: unchanged ? 'unchanged' : stored.length > 0 ? 'replaced' : 'new',
    replaced: unchanged ? [] : stored.map((version) => version.id),
    entities: plan.entityIds.length,
    facts: plan.facts.length,
    evidence: plan.evidenceCount,
    resolutions: resolution.decisions,
    skipped: plan.skipped,
  };
}

export async function writeArticle(
  driver: Driver,
  database: string,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteResult> {
  return withGraphErrors(async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => writeInTransaction(tx, extraction, options), {
        timeout: options.timeoutMs,
      });
    } finally {
      await session.close();
    }
  });
}

export type BatchItem = { ok: true; result: WriteResult } | { ok: false; error: unknown };

/**
 * Writes several articles in one transaction, in order (each sees the ones
 * before it), so bulk ingest pays one commit per batch instead of one per
 * article. Each article still lands whole or not at all: when the batch fails
 * for a reason other than Neo4j being unavailable, it is split in halves and
 * retried until the failing article stands alone and gets its error; the
 * others are written.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  extractions: readonly Extraction[],
  options: WriteOptions = {},
): Promise<BatchItem[]> {
  if (extractions.length === 0) return [];
  try {
    const results = await withGraphErrors(async () => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(
          async (tx) => {
            const written: WriteResult[] = [];
            for (const extraction of extractions) {
              written.push(await writeInTransaction(tx, extraction, options));
            }
            return written;
          },
          { timeout: options.timeoutMs },
        );
      } finally {
        await session.close();
      }
    });
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
