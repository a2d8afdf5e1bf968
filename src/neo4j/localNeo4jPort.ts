// The Bolt port of a local Neo4j: NEO4J_LOCAL_PORT when set. Otherwise
// `npm run db:start` takes Neo4j's usual 7687 (a fixed address for humans) and
// the commands a free port: they find it in <dataDir>/endpoint.json anyway.
export const DEFAULT_LOCAL_PORT = 7687;

export function localNeo4jPort(env: NodeJS.ProcessEnv, fallback = DEFAULT_LOCAL_PORT): number {
  const value = env.NEO4J_LOCAL_PORT?.trim();
  if (!value) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new RangeError(`NEO4J_LOCAL_PORT must be a port number from 1 to 65535, got "${value}"`);
  }
  return port;
}
