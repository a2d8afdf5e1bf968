// Where a local Neo4j started by `serve`, `ingest` or `retract` keeps its data
// (.neo4j/serve at the package root, from src/neo4j or dist/neo4j alike), so
// `ingest` then `serve` see the same graph.
import { join } from 'node:path';

export const LOCAL_DATA_DIR = join(__dirname, '..', '..', '.neo4j', 'serve');
