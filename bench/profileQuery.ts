// PROFILE a query once: database hits per operator, the first place to look
// when a query misses its latency target.
import type { Driver } from 'neo4j-driver';

export interface QueryProfile {
  dbHits: number;
  rows: number;
  /** Operators with the most database hits. */
  top: { operator: string; details: string; dbHits: number; rows: number }[];
}

interface ProfiledNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children?: ProfiledNode[];
}

export async function profileQuery(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<QueryProfile> {
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params, { database });
  const root = summary.profile as unknown as ProfiledNode | false;
  if (!root) throw new Error('PROFILE returned no profile');
  const flat: ProfiledNode[] = [];
  const walk = (node: ProfiledNode) => {
    flat.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  const number = (value: unknown) => Number(value ?? 0);
  return {
    dbHits: flat.reduce((sum, node) => sum + number(node.dbHits), 0),
    rows: number(root.rows),
    top: flat
      .map((node) => ({
        operator: node.operatorType.split('@')[0] ?? node.operatorType,
        // The pattern or predicate the operator works on, to find it in the query text.
        details: String(node.arguments?.Details ?? '').slice(0, 120),
        dbHits: number(node.dbHits),
        rows: number(node.rows),
      }))
      .sort((x, y) => y.dbHits - x.dbHits)
      .slice(0, 5),
  };
}

/** Several queries' profiles added up; the heaviest operators over all of them. */
export function mergeProfiles(profiles: readonly QueryProfile[]): QueryProfile {
  return {
    dbHits: profiles.reduce((sum, profile) => sum + profile.dbHits, 0),
    rows: profiles.reduce((sum, profile) => sum + profile.rows, 0),
    top: profiles
      .flatMap((profile) => profile.top)
      .sort((x, y) => y.dbHits - x.dbHits)
      .slice(0, 5),
  };
}
