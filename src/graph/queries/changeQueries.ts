// The change log (model/changeLog) in system-time order: what the graph
// learnt or lost after a moment, one page at a time (keyset on at, id).
import type { ChangeKind } from '../model/changeLog';
import type { ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { RelationType } from '../../ingest/types';

export interface ChangeRecord {
  id: string;
  /** When the graph changed (ISO 8601, as Neo4j stores it, to the nanosecond: the keyset). */
  at: string;
  /** The same moment in milliseconds since the epoch. */
  atMillis: number;
  kind: ChangeKind;
  type: RelationType;
  factKey: string;
  from: string;
  to: string;
  articleIds: string[];
  validTo: string | null;
  endedBy: string | null;
}

/** Where the previous page ended. */
export interface ChangeKeyset {
  at: string;
  id: string;
}

const CHANGE_MAP = `c {.id, at: toString(c.at), atMillis: c.at.epochMillis, .kind, .type, .factKey, .from, .to,
  articleIds: coalesce(c.articleIds, []), .validTo, .endedBy}`;

const FIRST_PAGE = `
MATCH (c:Change) WHERE c.at > datetime($since)
WITH c ORDER BY c.at, c.id LIMIT $limit
RETURN ${CHANGE_MAP} AS change`;

const NEXT_PAGE = `
MATCH (c:Change) WHERE c.at >= datetime($afterAt) AND c.at > datetime($since)
  AND (c.at > datetime($afterAt) OR c.id > $afterId)
WITH c ORDER BY c.at, c.id LIMIT $limit
RETURN ${CHANGE_MAP} AS change`;

/** Changes after `since` (ISO 8601), oldest first, after `keyset`, at most `limit`. */
export async function readChanges(
  runner: ReadRunner,
  since: string,
  keyset: ChangeKeyset | null,
  limit: number,
): Promise<ChangeRecord[]> {
  const rows = await runner.read<{ change: ChangeRecord }>(
    keyset === null ? FIRST_PAGE : NEXT_PAGE,
    { since, limit: int(limit), afterAt: keyset?.at ?? null, afterId: keyset?.id ?? null },
  );
  return rows.map((row) => row.change);
}
