// Polls a Bolt endpoint until a driver can connect: a port that listens is not
// yet a database that answers.
import neo4j from 'neo4j-driver';

export interface WaitForBoltOptions {
  username?: string;
  password?: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** Returns a reason to give up early, e.g. that the server process has exited. */
  abortReason?: () => string | undefined;
}

export async function waitForBolt(uri: string, options: WaitForBoltOptions = {}): Promise<void> {
  const { username = 'neo4j', password = '', timeoutMs = 60_000, intervalMs = 250 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no attempt made';
  while (Date.now() < deadline) {
    const aborted = options.abortReason?.();
    if (aborted) throw new Error(`Neo4j at ${uri} will not answer: ${aborted}`);
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      connectionTimeout: Math.min(5_000, timeoutMs),
      maxConnectionPoolSize: 1,
    });
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      lastError = (error as Error).message;
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s (${lastError})`);
}
