// After a retraction: recompute every touched fact from its remaining
// evidence (deleting facts nothing asserts any more) and every touched entity
// from its remaining mentions (deleting entities nothing refers to). The
// result equals what ingesting the remaining articles from scratch gives
// (writes apply the same rules incrementally).
import type { FactRef, FactUpdate } from '../plan/summaryStatements';
import { deleteFactsStatement, setFactPropsStatement } from '../plan/summaryStatements';
import {
  DELETE_ORPHAN_ENTITIES,
  READ_ENTITY_MENTIONS,
  READ_FACT_EVIDENCE,
  SET_ENTITY_PROPS,
} from '../cypher';
import type { QueryRunner } from '../runStatements';
import { runStatements } from '../runStatements';
import type { SummarisedEvidence } from '../model/summariseFact';
import { summariseFact } from '../model/summariseFact';
import type { EntityProps, MentionRecord } from '../model/entityName';
import { summariseEntity } from '../model/entityName';
import { toNative } from '../toNative';

export interface RefreshResult {
  factsUpdated: number;
  factsDeleted: number;
  entitiesUpdated: number;
  entitiesDeleted: number;
}

export async function refreshFacts(
  tx: QueryRunner,
  facts: readonly FactRef[],
): Promise<Pick<RefreshResult, 'factsUpdated' | 'factsDeleted'>> {
  const refs = [...new Map(facts.map((fact) => [fact.key, fact])).values()];
  if (refs.length === 0) return { factsUpdated: 0, factsDeleted: 0 };
  const result = await tx.run(READ_FACT_EVIDENCE, { keys: refs.map((ref) => ref.key) });
  const evidenceByKey = new Map(
    result.records.map((record) => [
      record.get('key') as string,
      toNative<SummarisedEvidence[]>(record.get('evidence')),
    ]),
  );
  const updates: FactUpdate[] = [];
  const deletions: FactRef[] = [];
  for (const ref of refs) {
    const props = summariseFact(evidenceByKey.get(ref.key) ?? []);
    if (props === null) deletions.push(ref);
    else updates.push({ ...ref, props });
  }
  await runStatements(tx, [
    setFactPropsStatement(updates, 'replace'),
    deleteFactsStatement(deletions),
  ]);
  return { factsUpdated: updates.length, factsDeleted: deletions.length };
}

export async function refreshEntities(
  tx: QueryRunner,
  entityIds: readonly string[],
): Promise<Pick<RefreshResult, 'entitiesUpdated' | 'entitiesDeleted'>> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return { entitiesUpdated: 0, entitiesDeleted: 0 };
  const result = await tx.run(READ_ENTITY_MENTIONS, { ids });
  const rows: ({ id: string } & EntityProps)[] = [];
  const unreferenced: string[] = [];
  for (const record of result.records) {
    const id = record.get('id') as string;
    const props = summariseEntity(toNative<MentionRecord[]>(record.get('mentions')));
    if (props !== null) rows.push({ id, ...props });
    else if (!(record.get('hasFacts') as boolean)) unreferenced.push(id);
  }
  if (rows.length > 0) await tx.run(SET_ENTITY_PROPS, { rows });
  let deleted = 0;
  if (unreferenced.length > 0) {
    const removal = await tx.run(DELETE_ORPHAN_ENTITIES, { ids: unreferenced });
    deleted = toNative<number>(removal.records[0]?.get('deleted') ?? 0);
  }
  return { entitiesUpdated: rows.length, entitiesDeleted: deleted };
}

export async function refreshGraph(
  tx: QueryRunner,
  facts: readonly FactRef[],
  entityIds: readonly string[],
): Promise<RefreshResult> {
  // Facts first: deleting a fact can leave its ends unreferenced.
  const factResult = await refreshFacts(tx, facts);
  const entityResult = await refreshEntities(tx, entityIds);
  return { ...factResult, ...entityResult };
}
