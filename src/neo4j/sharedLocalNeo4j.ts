// One local Neo4j per data folder, shared by every command: connect to the
// one already running there (see runningNeo4j.ts), else start it and say so
// in <dataDir>/endpoint.json until it stops. Only the process that started it
// stops it.
import { mkdirSync } from 'node:fs';
import { endpointFilePath, removeEndpointRecord, writeEndpointRecord } from './endpointFile';
import type { LocalNeo4jOptions } from './localNeo4j';
import { startLocalNeo4j } from './localNeo4j';
import { waitForExit } from './processAlive';
import type { RunningNeo4j } from './runningNeo4j';
import { findRunningNeo4j } from './runningNeo4j';

export interface SharedLocalNeo4j {
  uri: string;
  port: number;
  /** The launcher's pid (ours or the owner's). */
  pid: number;
  /** Whether this process started it (and so stops it). */
  owned: boolean;
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** How long a launcher that is shutting down (or another command starting one) may take. */
const HANDOVER_TIMEOUT_MS = 60_000;

export async function openSharedLocalNeo4j(options: LocalNeo4jOptions): Promise<SharedLocalNeo4j> {
  const { dataDir, log = () => {} } = options;
  const found = await findRunningNeo4j(dataDir);
  if (found.state === 'running') return joined(found.record, log, dataDir);
  if (found.state === 'stale') await clearStale(found, dataDir, log);
  mkdirSync(dataDir, { recursive: true });
  try {
    return await startOwned(options);
  } catch (error) {
    // Another command may have started it on this folder meanwhile (store locked).
    if (!/lock/i.test((error as Error).message)) throw error;
    log(`The store in ${dataDir} is locked; waiting for the Neo4j that holds it to report`);
    const other = await waitForRunning(dataDir, HANDOVER_TIMEOUT_MS);
    if (!other) throw error;
    return joined(other.record, log, dataDir);
  }
}

async function startOwned(options: LocalNeo4jOptions): Promise<SharedLocalNeo4j> {
  const local = await startLocalNeo4j({
    ...options,
    endpointFile: endpointFilePath(options.dataDir),
  });
  writeEndpointRecord(options.dataDir, {
    uri: local.uri,
    port: local.port,
    pid: local.pid,
    ownerPid: process.pid,
    startedAt: new Date().toISOString(),
  });
  return {
    uri: local.uri,
    port: local.port,
    pid: local.pid,
    owned: true,
    async stop(stopOptions) {
      removeEndpointRecord(options.dataDir, local.pid);
      await local.stop(stopOptions);
    },
  };
}

function joined(
  record: { uri: string; port: number; pid: number },
  log: (message: string) => void,
  dataDir: string,
): SharedLocalNeo4j {
  log(
    `Using the local Neo4j already running at ${record.uri} (pid ${record.pid}, data in ${dataDir})`,
  );
  return {
    uri: record.uri,
    port: record.port,
    pid: record.pid,
    owned: false,
    stop: async () => {},
  };
}

async function clearStale(
  found: Extract<RunningNeo4j, { state: 'stale' }>,
  dataDir: string,
  log: (message: string) => void,
): Promise<void> {
  const { record } = found;
  if (found.launcherAlive) {
    // Alive but not answering: it is stopping (its owner died) and still holds the store.
    log(`Waiting for the previous local Neo4j (pid ${record.pid}) to finish stopping`);
    await waitForExit(record.pid, HANDOVER_TIMEOUT_MS);
  } else {
    log(`Ignoring a stale ${dataDir}/endpoint.json (pid ${record.pid} is gone)`);
  }
  removeEndpointRecord(dataDir, record.pid);
}

async function waitForRunning(
  dataDir: string,
  timeoutMs: number,
): Promise<Extract<RunningNeo4j, { state: 'running' }> | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await findRunningNeo4j(dataDir);
    if (found.state === 'running') return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return undefined;
}
