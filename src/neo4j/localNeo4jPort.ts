// The Bolt port of the Neo4j that `npm run db:start` runs: NEO4J_LOCAL_PORT, else
// Neo4j's usual 7687 (tests use free ports instead, see localNeo4j.ts).
export const DEFAULT_LOCAL_PORT = 7687;

export function localNeo4jPort(env: NodeJS.ProcessEnv): number {
  const value = env.NEO4J_LOCAL_PORT?.trim();
  if (!value) return DEFAULT_LOCAL_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new RangeError(`NEO4J_LOCAL_PORT must be a port number from 1 to 65535, got "${value}"`);
  }
  return port;
}
