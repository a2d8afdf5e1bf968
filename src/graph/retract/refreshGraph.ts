// After a retraction: recompute every touched fact from its remaining
// evidence (deleting facts nothing asserts any more) and every touched entity
// from its remaining mentions (deleting entities nothing refers to). The
// result equals what ingesting the remaining articles from scratch gives
// (writes apply the same rules incrementally).
import type { FactRef, FactUpdate } from '../plan/summaryStatements';
import {
  deleteFactsStatement,
  setEntityPropsStatement,
  setFactPropsStatement,
} from '../plan/summaryStatements';
import { FACT_TYPES_PATTERN } from '../cypherTemplates';
import type { QueryRunner } from '../runStatements';
import { runStatements } from '../runStatements';
import type { SummarisedEvidence } from '../model/summariseFact';
import { summariseFact } from '../model/summariseFact';
import type { EntityProps, MentionRecord } from '../model/entityName';
import { summariseEntity } from '../model/entityName';
import { toNative } from '../toNative';

/** What summariseFact needs of each piece of evidence (not the sentence). */
const READ_FACT_EVIDENCE = `
UNWIND $keys AS key
OPTIONAL MATCH (ev:Evidence {factKey: key})
RETURN key, collect(ev {
  .articleId, .start, .end, .confidence, .date, .dateEnd, .dateSource,
  .role, .count, .kind, .level, .status, .area, .on, .text
}) AS evidence`;

/** Each entity's mentions (what summariseEntity needs) and whether a fact still names it. */
const READ_ENTITY_MENTIONS = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, collect(CASE WHEN a IS NULL THEN null ELSE {
  source: m.source, name: m.name, aliases: coalesce(m.aliases, []), wikidata: m.wikidata
} END) AS mentions
RETURN e.id AS id, mentions, EXISTS { (e)-[:${FACT_TYPES_PATTERN}]-() } AS hasFacts`;

/** Entities nothing refers to any more: no mention, no fact. */
const DELETE_ORPHAN_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)--() }
DELETE e
RETURN count(e) AS deleted`;

export interface RefreshResult {
  factsUpdated: number;
  factsDeleted: number;
  entitiesUpdated: number;
  entitiesDeleted: number;
}

/** `causes`: the articles written or retracted (logged with each removed fact). */
export async function refreshFacts(
  tx: QueryRunner,
  facts: readonly FactRef[],
  causes: readonly string[],
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
    deleteFactsStatement(deletions, causes),
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
  if (rows.length > 0) await runStatements(tx, [setEntityPropsStatement(rows)]);
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
  causes: readonly string[],
): Promise<RefreshResult> {
  // Facts first: deleting a fact can leave its ends unreferenced.
  const factResult = await refreshFacts(tx, facts, causes);
  const entityResult = await refreshEntities(tx, entityIds);
  return { ...factResult, ...entityResult };
}
