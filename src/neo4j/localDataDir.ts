// The one data folder of the local Neo4j that `serve`, `ingest`, `retract`,
// `status` and `npm run db:start` share: NEO4J_LOCAL_DATA_DIR (relative to the
// current folder), else .neo4j/local at the package root (from src/neo4j or
// dist/neo4j alike).
import path from 'node:path';

export const DEFAULT_LOCAL_DATA_DIR = path.join(__dirname, '..', '..', '.neo4j', 'local');

export function localDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.NEO4J_LOCAL_DATA_DIR?.trim();
  return chosen ? path.resolve(chosen) : DEFAULT_LOCAL_DATA_DIR;
}
