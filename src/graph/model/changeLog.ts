// System time: what the graph learnt or lost, and when. Every statement that
// adds a fact, deletes one or changes a derived end also creates a
// (:Change {id, at, kind, factKey, type, from, to, articleIds, validTo, endedBy})
// node: `changes(since)` reads them in order. Changes are an audit log, not
// facts: reads of the graph never see them, and they are never deleted.

export const CHANGE_KINDS = ['added', 'removed', 'ended', 'reopened'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The Cypher CREATE of one Change (every argument a Cypher expression);
 * `articleIds` names the articles whose write or retraction caused it.
 */
export function createChange(
  kind: string,
  type: string,
  factKey: string,
  from: string,
  to: string,
  articleIds: string,
  validTo = 'null',
  endedBy = 'null',
): string {
  return `CREATE (:Change {id: randomUUID(), at: datetime(), kind: ${kind}, type: ${type},
      factKey: ${factKey}, from: ${from}, to: ${to}, articleIds: ${articleIds},
      validTo: ${validTo}, endedBy: ${endedBy}})`;
}
