// `npm run db:fetch | db:start | db:stop`: the local Neo4j (see src/neo4j/localNeo4j.ts)
// for humans. db:start runs it in the background on NEO4J_LOCAL_PORT (default 7687)
// with data in .neo4j/data, a log in .neo4j/neo4j.log and its pid in .neo4j/neo4j.pid.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createClassDataArchive, fetchNeo4jJars } from '../src/neo4j/fetchNeo4jJars';
import { startLocalNeo4j } from '../src/neo4j/localNeo4j';
import { localNeo4jPort } from '../src/neo4j/localNeo4jPort';
import { neo4jToolPaths } from '../src/neo4j/neo4jToolPaths';

const paths = neo4jToolPaths();
const pidFile = path.join(paths.stateDir, 'neo4j.pid');
const logFile = path.join(paths.stateDir, 'neo4j.log');
const dataDir = path.join(paths.stateDir, 'data');
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
  const port = localNeo4jPort(process.env);
  const running = runningPid();
  if (running !== undefined) {
    log(`A local Neo4j is already running (pid ${running}); stop it with npm run db:stop`);
    return;
  }
  mkdirSync(paths.stateDir, { recursive: true });
  const neo4j = await startLocalNeo4j({
    dataDir,
    port,
    log,
    tuning: 'throughput',
    detached: { logFile },
  });
  writeFileSync(pidFile, `${neo4j.pid}\n`);
  log(`Local Neo4j running (pid ${neo4j.pid}), data in ${dataDir}, log in ${logFile}`);
  log('Authentication is off: any username and password are accepted. Use:');
  process.stdout.write(`export NEO4J_URI=${neo4j.uri}\n`);
}

async function stop(): Promise<void> {
  const pid = runningPid();
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    log('No local Neo4j is running');
    return;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 30_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`Neo4j (pid ${pid}) did not stop within 30 s`);
  rmSync(pidFile, { force: true });
  log(`Local Neo4j (pid ${pid}) stopped`);
}

/** The pid in .neo4j/neo4j.pid when that process is still our launcher (pids get reused). */
function runningPid(): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return undefined;
  try {
    const commandLine = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
      encoding: 'utf8',
    });
    return commandLine.includes('Neo4jLauncher') ? pid : undefined;
  } catch {
    return undefined; // exited meanwhile
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

main(process.argv[2]).catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
