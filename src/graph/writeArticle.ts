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
import { withGraphErrors } from './errors';
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
  await runStatements(tx, plan.statements);
  if (plan.mergeFacts !== null) {
    const merged = await tx.run(plan.mergeFacts.query, plan.mergeFacts.params);
    const stored = new Map(
      merged.records.map((record) => [
        record.get('key') as string,
        storedFactSummary(toNative<Record<string, unknown>>(record.get('props'))),
      ]),
    );
    if (plan.evidence !== null) await runStatements(tx, [plan.evidence]);
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
