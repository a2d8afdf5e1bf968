// `npm run db:fetch | db:start | db:stop`: the local Neo4j (see src/neo4j/) for
// humans. db:start runs it in the background on the shared data folder
// (NEO4J_LOCAL_DATA_DIR, default .neo4j/local) and Bolt port NEO4J_LOCAL_PORT
// (default 7687), and records it in <dataDir>/endpoint.json, so `serve`,
// `ingest` and `retract` use it; its log goes to <dataDir>/neo4j.log.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  endpointFilePath,
  readEndpointRecord,
  removeEndpointRecord,
  writeEndpointRecord,
} from '../src/neo4j/endpointFile';
import { createClassDataArchive, fetchNeo4jJars } from '../src/neo4j/fetchNeo4jJars';
import { localDataDir } from '../src/neo4j/localDataDir';
import { startLocalNeo4j } from '../src/neo4j/localNeo4j';
import { localNeo4jPort } from '../src/neo4j/localNeo4jPort';
import { neo4jToolPaths } from '../src/neo4j/neo4jToolPaths';
import { isNeo4jLauncher, waitForExit } from '../src/neo4j/processAlive';
import { findRunningNeo4j } from '../src/neo4j/runningNeo4j';

const paths = neo4jToolPaths();
const dataDir = localDataDir(process.env);
const log = (message: string): void => void process.stderr.write(`${message}\n`);

async function main(command: string | undefined): Promise<void> {
  switch (command) {
    case 'fetch':
      return fetch();
    case 'start':
      return start();
    case 'stop':
      return stop();
    default:
      throw new Error('usage: tsx scripts/neo4j.ts fetch|start|stop');
  }
}

async function fetch(): Promise<void> {
  const fetched = await fetchNeo4jJars({ paths, log });
  if (!fetched && !existsSync(paths.classDataArchive)) await createClassDataArchive(paths, log);
  log(`Neo4j jars are in ${path.relative(process.cwd(), paths.libDir) || paths.libDir}`);
}

async function start(): Promise<void> {
  const found = await findRunningNeo4j(dataDir);
  if (found.state === 'running') {
    log(
      `A local Neo4j already runs on ${dataDir} (pid ${found.record.pid}); npm run db:stop stops it`,
    );
    process.stdout.write(`export NEO4J_URI=${found.record.uri}\n`);
    return;
  }
  if (found.state === 'stale') removeEndpointRecord(dataDir, found.record.pid);
  mkdirSync(dataDir, { recursive: true });
  const neo4j = await startLocalNeo4j({
    dataDir,
    port: localNeo4jPort(process.env),
    log,
    tuning: 'throughput',
    endpointFile: endpointFilePath(dataDir),
    detached: { logFile: path.join(dataDir, 'neo4j.log') },
  });
  writeEndpointRecord(dataDir, {
    uri: neo4j.uri,
    port: neo4j.port,
    pid: neo4j.pid,
    startedAt: new Date().toISOString(),
  });
  log(`Local Neo4j running (pid ${neo4j.pid}), data in ${dataDir}`);
  log('serve, ingest and retract use it; authentication is off. From elsewhere:');
  process.stdout.write(`export NEO4J_URI=${neo4j.uri}\n`);
}

async function stop(): Promise<void> {
  const record = readEndpointRecord(dataDir);
  if (!record || !isNeo4jLauncher(record.pid)) {
    removeEndpointRecord(dataDir);
    log(`No local Neo4j runs on ${dataDir}`);
    return;
  }
  process.kill(record.pid, 'SIGTERM');
  if (!(await waitForExit(record.pid, 30_000))) {
    throw new Error(`Neo4j (pid ${record.pid}) did not stop within 30 s`);
  }
  removeEndpointRecord(dataDir, record.pid);
  log(`Local Neo4j (pid ${record.pid}) stopped`);
}

main(process.argv[2]).catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
