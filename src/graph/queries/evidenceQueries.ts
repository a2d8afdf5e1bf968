// The evidence of facts, with the article of each piece, most trusted first.
import { evidenceMap } from './projections';
import type { ReadRunner } from './readRunner';
import type { EvidenceRow } from './records';

export const EVIDENCE_OF_FACTS = `
UNWIND $keys AS key
CALL (key) {
  MATCH (ev:Evidence {factKey: key})-[:FROM]->(art:Article)
  WITH ev, art ORDER BY ev.confidence DESC, art.publishedAt DESC, ev.key
  RETURN collect(${evidenceMap('ev', 'art')}) AS evidence
}
RETURN key, evidence`;

/** Evidence per fact key (an empty list for a key with none), in one round trip. */
export async function readEvidenceOfFacts(
  runner: ReadRunner,
  keys: readonly string[],
): Promise<Map<string, EvidenceRow[]>> {
  if (keys.length === 0) return new Map();
  const rows = await runner.read<{ key: string; evidence: EvidenceRow[] }>(EVIDENCE_OF_FACTS, {
    keys: [...keys],
  });
  return new Map(rows.map((row) => [row.key, row.evidence]));
}
