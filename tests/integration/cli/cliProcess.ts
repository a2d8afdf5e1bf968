// The `diplograph` command as a user runs it: a child process of bin/diplograph.cjs,
// its JSON log lines collected from stderr.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const BIN = path.join(__dirname, '../../../bin/diplograph.cjs');

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** The structured log lines (pino JSON) printed so far. */
  logs(): { msg: string; [field: string]: unknown }[];
  /** Resolves with the first log line `matches` accepts; rejects if the process exits first. */
  waitForLog(
    matches: (line: { msg: string }) => boolean,
    timeoutMs: number,
  ): Promise<{ msg: string; [field: string]: unknown }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The environment of the test run, without the Neo4j that globalSetup exported. */
export function localNeo4jEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', ...extra };
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) {
    delete env[name];
  }
  return env;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const logs = () =>
    err
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { msg: string });
  const waitForLog: CliProcess['waitForLog'] = async (matches, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    let gone = false;
    void exited.then(() => (gone = true));
    for (;;) {
      const found = logs().find(matches);
      if (found) return found;
      if (gone) throw new Error(`diplograph ${args.join(' ')} exited:\n${err}`);
      if (Date.now() > deadline)
        throw new Error(`no such log line within ${timeoutMs} ms:\n${err}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return { child, stdout: () => out, stderr: () => err, logs, waitForLog, exited };
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}
