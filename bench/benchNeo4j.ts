// The Neo4j a benchmark runs on: the one acquireNeo4j gives (local or
// NEO4J_URI), tuned for throughput, with the config and a driver to it.
import { createDriver } from '../src/graph/driver';
import { acquireNeo4j } from '../src/neo4j/neo4jSource';

export async function benchNeo4j(log: (message: string) => void) {
  const endpoint = await acquireNeo4j({ log, tuning: 'throughput' });
  const neo4j = {
    uri: endpoint.uri,
    username: endpoint.username,
    password: endpoint.password,
    database: endpoint.database,
  };
  return { endpoint, neo4j, driver: createDriver(neo4j) };
}
