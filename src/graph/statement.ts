// A unit of a write plan: parameterised Cypher, built by pure code and run by
// one writer (runStatements).
export interface Statement {
  query: string;
  params: Record<string, unknown>;
}
