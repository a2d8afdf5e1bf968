// Stops the Neo4j that globalSetup started (nothing for a NEO4J_URI given from
// outside) and puts the NEO4J_* variables back as they were.
import { takeSharedNeo4j } from './globalSetup';

export default async function globalTeardown(): Promise<void> {
  const shared = takeSharedNeo4j();
  if (!shared) return;
  await shared.endpoint.stop();
  for (const [name, value] of Object.entries(shared.originalEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  delete process.env.DIPLOGRAPH_TEST_NEO4J_ORIGIN;
}
