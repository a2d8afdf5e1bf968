// Runs an embedded Neo4j Community (tools/neo4j/Neo4jLauncher.java) as a child
// process: the fallback when there is neither NEO4J_URI nor a Docker engine.
// Authentication is disabled, so any username and password are accepted.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkToolchain } from './checkToolchain';
import type { CommandProbe } from './checkToolchain';
import { fetchNeo4jJars } from './fetchNeo4jJars';
import {
  DEFAULT_HEAP,
  DEFAULT_PAGE_CACHE,
  neo4jLauncherCommand,
  READY_LINE,
} from './neo4jLauncherCommand';
import { neo4jToolPaths } from './neo4jToolPaths';
import type { Neo4jToolPaths } from './neo4jToolPaths';
import { LOCAL_PASSWORD, LOCAL_USERNAME } from './localCredentials';
import { waitForBolt } from './waitForBolt';

export { LOCAL_PASSWORD, LOCAL_USERNAME } from './localCredentials';

export interface LocalNeo4jOptions {
  /** Database home; created when missing, reused (with its data) when present. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Defaults for heap, page cache and JIT (default 'quick-start'); the fields below override them. */
  tuning?: Neo4jTuning;
  heap?: string;
  pageCache?: string;
  /** See LauncherOptions.quickJit. */
  quickJit?: boolean;
  startTimeoutMs?: number;
  log?: (message: string) => void;
  paths?: Neo4jToolPaths;
  probe?: CommandProbe;
  /** A record of this Neo4j that the launcher deletes when it shuts down, whatever stops it. */
  endpointFile?: string;
  /** Keep running after this process exits, with output appended to logFile (`npm run db:start`). */
  detached?: { logFile: string };
}

export interface LocalNeo4j {
  uri: string;
  port: number;
  pid: number;
  dataDir: string;
  /** From spawning java to a driver connecting. */
  startupMs: number;
  /** Sends SIGTERM and resolves once the process has exited (SIGKILL after `timeoutMs`, default 30 s). */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * 'quick-start': tests and short jobs (C1 JIT only, small page cache: half the
 * start-up CPU, ~320 MB). 'throughput': serve, ingest, db:start and the bench
 * (full JIT: measured 1.6× the write throughput once warm; a page cache that
 * holds a 100k-article graph).
 */
export type Neo4jTuning = 'quick-start' | 'throughput';

const TUNINGS: Record<Neo4jTuning, { heap: string; pageCache: string; quickJit: boolean }> = {
  'quick-start': { heap: DEFAULT_HEAP, pageCache: DEFAULT_PAGE_CACHE, quickJit: true },
  throughput: { heap: '2g', pageCache: '1g', quickJit: false },
};

/** Heap, page cache and JIT: explicit options over the tuning's defaults. */
export function tunedMemoryAndJit(
  options: Pick<LocalNeo4jOptions, 'tuning' | 'heap' | 'pageCache' | 'quickJit'>,
): { heap: string; pageCache: string; quickJit: boolean } {
  const tuned = TUNINGS[options.tuning ?? 'quick-start'];
  return {
    heap: options.heap ?? tuned.heap,
    pageCache: options.pageCache ?? tuned.pageCache,
    quickJit: options.quickJit ?? tuned.quickJit,
  };
}

const STOP_TIMEOUT_MS = 30_000;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { dataDir, port = 0, log = () => {}, startTimeoutMs = 120_000 } = options;
  if (options.detached && port === 0) throw new RangeError('a detached Neo4j needs a fixed port');
  const paths = options.paths ?? neo4jToolPaths();
  const fetched = await fetchNeo4jJars({ paths, log, probe: options.probe });
  if (!fetched) await checkToolchain({ maven: false, probe: options.probe });

  const { command, args } = neo4jLauncherCommand(
    paths,
    {
      dataDir,
      port,
      ...tunedMemoryAndJit(options),
      exitOnStdinClose: !options.detached,
      endpointFile: options.endpointFile,
    },
    existsSync(paths.classDataArchive),
  );
  log(
    `Starting a local Neo4j on ${dataDir} (tuning ${options.tuning ?? 'quick-start'}); waiting for Bolt`,
  );
  const started = Date.now();
  const child = options.detached
    ? spawnDetached(command, args, options.detached.logFile)
    : spawnAttached(command, args);
  const stopOnParentExit = (): void => void child.process.kill('SIGTERM');
  if (!options.detached) process.once('exit', stopOnParentExit);

  const stop = async ({ timeoutMs = STOP_TIMEOUT_MS } = {}): Promise<void> => {
    process.removeListener('exit', stopOnParentExit);
    await stopProcess(child.process, timeoutMs);
  };
  try {
    const uri = await waitForReadyLine(child, startTimeoutMs);
    await waitForBolt(uri, {
      username: LOCAL_USERNAME,
      password: LOCAL_PASSWORD,
      timeoutMs: Math.max(1_000, started + startTimeoutMs - Date.now()),
      abortReason: () => exitReason(child.process),
    });
    const startupMs = Date.now() - started;
    log(`Local Neo4j ready at ${uri} in ${(startupMs / 1000).toFixed(1)} s (data in ${dataDir})`);
    return {
      uri,
      port: Number(new URL(uri).port),
      pid: child.process.pid ?? -1,
      dataDir,
      startupMs,
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(
      `Local Neo4j did not start: ${(error as Error).message}\n--- launcher output (last lines) ---\n${child.tail()}`,
    );
  }
}

interface LauncherChild {
  process: ChildProcess;
  /** Everything printed so far (only the end is kept). */
  output(): string;
  tail(): string;
}

const KEEP_CHARS = 8_000;

function spawnAttached(command: string, args: string[]): LauncherChild {
  // stdin stays an open pipe: the launcher stops when it closes, i.e. when we die.
  // Its own process group: a Ctrl-C in the terminal reaches us, and we stop the
  // database after the requests in flight, not at the same time.
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  // Never keep this process alive just for the database (a forgotten handle would
  // hang jest); stop() takes a reference again while it waits.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) {
    (stream as unknown as { unref?: () => void } | null)?.unref?.();
  }
  let text = '';
  const keep = (chunk: Buffer): void => {
    text = (text + chunk.toString('utf8')).slice(-KEEP_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('error', (error) => keep(Buffer.from(`${error.message}\n`)));
  return { process: child, output: () => text, tail: () => lastLines(text) };
}

function spawnDetached(command: string, args: string[], logFile: string): LauncherChild {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const from = existsSync(logFile) ? statSync(logFile).size : 0;
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  const output = (): string => readFileSync(logFile).subarray(from).toString('utf8');
  return { process: child, output, tail: () => lastLines(output()) };
}

async function waitForReadyLine(child: LauncherChild, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const uri = READY_LINE.exec(child.output())?.[1];
    if (uri) return uri;
    const exited = exitReason(child.process);
    if (exited) throw new Error(exited);
    if (Date.now() > deadline) throw new Error(`no ready line within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exitReason(child: ChildProcess): string | undefined {
  if (child.exitCode !== null) return `the launcher exited with code ${child.exitCode}`;
  if (child.signalCode !== null) return `the launcher was killed by ${child.signalCode}`;
  return undefined;
}

async function stopProcess(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.ref();
  child.kill('SIGTERM');
  // SIGKILL is safe for the data (Neo4j recovers from its transaction log), only the next start is slower.
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(timer);
}

/** The end of the launcher's output, without Java stack frames (the causes are what helps). */
function lastLines(text: string, count = 20): string {
  const lines = text.trimEnd().split('\n');
  return lines
    .filter((line) => !/^\s+(at |\.\.\. \d+ more)/.test(line))
    .slice(-count)
    .join('\n');
}
