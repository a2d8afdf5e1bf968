// EXPLAIN a query and walk its plan tree: which operators it uses, and
// whether any of them scans all nodes or a whole label (what an index should
// have avoided on a hot path).
import type { Driver } from 'neo4j-driver';

export const SCAN_OPERATORS = ['AllNodesScan', 'NodeByLabelScan'];

export interface PlanCheck {
  operators: string[];
  scans: string[];
  usesIndex: boolean;
}

interface PlanNode {
  operatorType: string;
  children?: PlanNode[];
}

/** Operator names without the runtime suffix Neo4j 5 appends (`NodeIndexSeek@neo4j`). */
export function planOperators(plan: PlanNode): string[] {
  const found = new Set<string>();
  const walk = (node: PlanNode) => {
    found.add(node.operatorType.split('@')[0] ?? node.operatorType);
    for (const child of node.children ?? []) walk(child);
  };
  walk(plan);
  return [...found].sort();
}

export function checkPlan(plan: PlanNode): PlanCheck {
  const operators = planOperators(plan);
  return {
    operators,
    scans: operators.filter((op) => SCAN_OPERATORS.includes(op)),
    usesIndex: operators.some((op) => /Index|Unique/.test(op) || op === 'ProcedureCall'),
  };
}

export async function explainQuery(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
): Promise<PlanCheck> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${cypher}`, params, { database });
  if (!summary.plan) throw new Error('EXPLAIN returned no plan');
  return checkPlan(summary.plan as unknown as PlanNode);
}

/** One check for several queries (an API request that sends more than one). */
export function mergePlans(checks: readonly PlanCheck[]): PlanCheck {
  const union = (pick: (check: PlanCheck) => string[]) => [...new Set(checks.flatMap(pick))].sort();
  return {
    operators: union((check) => check.operators),
    scans: union((check) => check.scans),
    usesIndex: checks.some((check) => check.usesIndex),
  };
}
