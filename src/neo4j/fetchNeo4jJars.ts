// Fetches the embedded Neo4j's jars from Maven Central into tools/neo4j/lib (once
// per checkout), then records a class-data archive that makes each start faster.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkToolchain } from './checkToolchain';
import type { CommandProbe } from './checkToolchain';
import { neo4jLauncherCommand } from './neo4jLauncherCommand';
import type { Neo4jToolPaths } from './neo4jToolPaths';

export interface FetchOptions {
  paths: Neo4jToolPaths;
  log?: (message: string) => void;
  probe?: CommandProbe;
}

export function neo4jJarsPresent(paths: Neo4jToolPaths): boolean {
  return existsSync(paths.libDir) && readdirSync(paths.libDir).some((f) => /^neo4j-\d/.test(f));
}

/** Makes sure tools/neo4j/lib holds the jars; returns whether it had to fetch them. */
export async function fetchNeo4jJars({
  paths,
  log = () => {},
  probe,
}: FetchOptions): Promise<boolean> {
  if (neo4jJarsPresent(paths)) return false;
  await checkToolchain({ maven: true, probe });
  log('Fetching Neo4j jars from Maven Central into tools/neo4j/lib (once, about 120 MB)');
  // Fetch beside the target and rename, so a concurrent run never sees half a folder.
  const staging = `${paths.libDir}.tmp-${process.pid}`;
  try {
    await run('mvn', [
      '-q',
      '-B',
      '-f',
      paths.pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${staging}`,
    ]);
    await rename(staging, paths.libDir).catch((error: NodeJS.ErrnoException) => {
      if (!neo4jJarsPresent(paths)) throw error; // else another run got there first
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await createClassDataArchive(paths, log);
  return true;
}

/**
 * Starts Neo4j once on a throw-away database with -XX:ArchiveClassesAtExit, so
 * later starts map the loaded classes instead of reading 200 jars (about 7 s → 5 s).
 * A failure only costs speed, so it is logged, not thrown.
 */
export async function createClassDataArchive(
  paths: Neo4jToolPaths,
  log: (message: string) => void = () => {},
): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'diplograph-neo4j-warmup-'));
  const staging = `${paths.classDataArchive}.tmp-${process.pid}`;
  try {
    log('Recording a class-data archive for faster Neo4j start-up');
    const { command, args } = neo4jLauncherCommand(paths, {
      dataDir,
      port: 0,
      warmUpAndExit: true,
      classData: { createAt: staging },
    });
    await run(command, args);
    await rename(staging, paths.classDataArchive);
  } catch (error) {
    log(`No class-data archive (start-up stays slower): ${(error as Error).message}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
    await rm(staging, { force: true });
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve();
      const tail = `${stdout}${stderr}`.trim().split('\n').slice(-20).join('\n');
      reject(new Error(`${command} failed (${error.message.split('\n')[0]}):\n${tail}`));
    });
  });
}
