// After a write or retraction touched event series: re-read each series'
// evidence, assign it to occurrences (model/occurrences, pure), point each
// evidence at its occurrence, merge the occurrences' relationships and
// recompute every fact of the series from its evidence (facts left without
// evidence go). Whole series at a time, so the result is the same whatever
// order the articles came in.
import { keyStart } from '../../ingest/factKey';
import type { RelationType } from '../../ingest/types';
import { byType, unitPerType } from '../cypherTemplates';
import type { Occurrence, OccurrenceMention } from '../model/occurrences';
import { assignOccurrences } from '../model/occurrences';
import { MERGE_FACTS } from '../plan/writeCypher';
import type { FactRow } from '../plan/buildWritePlan';
import type { FactRef } from '../plan/summaryStatements';
import { refreshFacts } from '../retract/refreshGraph';
import type { QueryRunner } from '../runStatements';
import { runStatements } from '../runStatements';
import { toNative } from '../toNative';

/**
 * Write-locks the entities that start the series ($ids) before their evidence
 * is read, so concurrent writers (or a writer and a retraction) of one series
 * take turns and each assigns occurrences over all of its evidence.
 */
const LOCK_SERIES_ENDS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock`;

const READ_SERIES_EVIDENCE = `
UNWIND $series AS series
MATCH (ev:Evidence {seriesKey: series})
RETURN series, collect(ev {
  .key, .factKey, .type, .from, .to, .date, .dateEnd, .dateSource, .count, .articleId
}) AS evidence`;

const SET_EVIDENCE_FACT_KEYS = `
UNWIND $rows AS row
MATCH (ev:Evidence {key: row.key})
SET ev.factKey = row.factKey`;

/** The occurrences a vague event may be, and why ($rows keyed by type: {key, mayBe, reason}). */
const SET_MAY_BE = unitPerType(
  (type) => `
  UNWIND $rows.${type} AS row
  MATCH ()-[r:${type} {key: row.key}]->()
  SET r.mayBe = row.mayBe, r.mayBeReason = row.reason`,
);

type SeriesEvidence = OccurrenceMention & {
  factKey: string;
  articleId: string;
  type: RelationType;
  from: string;
  to: string;
};

interface SeriesPlan {
  type: RelationType;
  from: string;
  to: string;
  previousKeys: string[];
  occurrences: Occurrence[];
  /** Per occurrence key, the articles of its evidence (sorted). */
  articlesOf: Map<string, string[]>;
  moved: { key: string; factKey: string }[];
}

/** What one series' evidence becomes (pure). */
export function planSeries(series: string, evidence: readonly SeriesEvidence[]): SeriesPlan | null {
  const first = evidence[0];
  if (first === undefined) return null;
  const occurrences = assignOccurrences(series, evidence);
  const target = new Map(
    occurrences.flatMap((occurrence) =>
      occurrence.evidence.map((key) => [key, occurrence.factKey]),
    ),
  );
  return {
    type: first.type,
    from: first.from,
    to: first.to,
    previousKeys: [...new Set(evidence.map((item) => item.factKey))],
    occurrences,
    articlesOf: new Map(
      occurrences.map((occurrence) => [
        occurrence.factKey,
        [
          ...new Set(
            evidence
              .filter((item) => occurrence.evidence.includes(item.key))
              .map((item) => item.articleId),
          ),
        ].sort(),
      ]),
    ),
    moved: evidence
      .filter((item) => target.get(item.key) !== item.factKey)
      .map((item) => ({ key: item.key, factKey: target.get(item.key) as string })),
  };
}

/**
 * Re-derives the occurrences of `seriesKeys` (event series) from their stored
 * evidence; `causes` are the articles written or retracted (the change log's).
 */
export async function reconcileEvents(
  tx: QueryRunner,
  seriesKeys: readonly string[],
  causes: readonly string[],
): Promise<void> {
  const series = [...new Set(seriesKeys)];
  if (series.length === 0) return;
  const starts = [...new Set(series.map(keyStart))].sort();
  const [, result] = await Promise.all([
    tx.run(LOCK_SERIES_ENDS, { ids: starts }),
    tx.run(READ_SERIES_EVIDENCE, { series }),
  ]);
  const plans = result.records
    .map((record) =>
      planSeries(
        record.get('series') as string,
        toNative<SeriesEvidence[]>(record.get('evidence')),
      ),
    )
    .filter((plan): plan is SeriesPlan => plan !== null);

  const factRows = new Map<RelationType, FactRow[]>();
  const mayBeRows = new Map<
    RelationType,
    { key: string; mayBe: string[] | null; reason: string | null }[]
  >();
  const touched: FactRef[] = [];
  for (const plan of plans) {
    const rows = factRows.get(plan.type) ?? [];
    const links = mayBeRows.get(plan.type) ?? [];
    for (const occurrence of plan.occurrences) {
      rows.push({
        key: occurrence.factKey,
        from: plan.from,
        to: plan.to,
        articleIds: plan.articlesOf.get(occurrence.factKey) ?? [],
      });
      links.push({
        key: occurrence.factKey,
        mayBe: occurrence.mayBe.length === 0 ? null : occurrence.mayBe,
        reason: occurrence.mayBeReason,
      });
      touched.push({ key: occurrence.factKey, type: plan.type });
    }
    factRows.set(plan.type, rows);
    mayBeRows.set(plan.type, links);
    touched.push(...plan.previousKeys.map((key) => ({ key, type: plan.type })));
  }
  await runStatements(
    tx,
    [
      { query: SET_EVIDENCE_FACT_KEYS, params: { rows: plans.flatMap((plan) => plan.moved) } },
      { query: MERGE_FACTS, params: { rows: byType(factRows) } },
      { query: SET_MAY_BE, params: { rows: byType(mayBeRows) } },
    ],
    { pipelined: true },
  );
  // Series that lost all evidence are absent from `plans`: their facts are the caller's refresh.
  await refreshFacts(tx, touched, causes);
}
