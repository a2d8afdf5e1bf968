// Is a local Neo4j already serving this data folder? The owner's record says
// where; a record whose process is gone, is not our launcher, or does not
// answer Bolt is stale and counts as absent.
import type { EndpointRecord } from './endpointFile';
import { readEndpointRecord } from './endpointFile';
import { LOCAL_PASSWORD, LOCAL_USERNAME } from './localCredentials';
import { isNeo4jLauncher } from './processAlive';
import { waitForBolt } from './waitForBolt';

export type RunningNeo4j =
  | { state: 'absent' }
  | { state: 'running'; record: EndpointRecord }
  /** `launcherAlive`: the process is still there (starting or stopping), but Bolt does not answer. */
  | { state: 'stale'; record: EndpointRecord; launcherAlive: boolean };

/** The decision alone, from what was observed. */
export function classifyRecord(
  record: EndpointRecord | undefined,
  launcherAlive: boolean,
  boltAnswers: boolean,
): RunningNeo4j {
  if (!record) return { state: 'absent' };
  if (launcherAlive && boltAnswers) return { state: 'running', record };
  return { state: 'stale', record, launcherAlive };
}

export async function findRunningNeo4j(
  dataDir: string,
  { boltTimeoutMs = 3_000 }: { boltTimeoutMs?: number } = {},
): Promise<RunningNeo4j> {
  const record = readEndpointRecord(dataDir);
  if (!record) return { state: 'absent' };
  const alive = isNeo4jLauncher(record.pid);
  const answers = alive && (await boltAnswers(record.uri, boltTimeoutMs));
  return classifyRecord(record, alive, answers);
}

async function boltAnswers(uri: string, timeoutMs: number): Promise<boolean> {
  try {
    await waitForBolt(uri, {
      username: LOCAL_USERNAME,
      password: LOCAL_PASSWORD,
      timeoutMs,
      intervalMs: 200,
    });
    return true;
  } catch {
    return false;
  }
}
