// A server run as a child `node --import tsx` process, so its memory is its
// own: peak RSS from /proc (VmHWM), resettable before a load.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

const START_TIMEOUT_MS = 60_000;

export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** With `onStderrLine`, the server's stderr (its logs) goes there line by line instead of ours. */
  static async start(
    entry: string,
    env: NodeJS.ProcessEnv,
    onStderrLine?: (line: string) => void,
  ): Promise<ServerProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env,
      stdio: ['ignore', 'pipe', onStderrLine ? 'pipe' : 'inherit'],
    });
    if (onStderrLine && child.stderr) {
      createInterface({ input: child.stderr }).on('line', onStderrLine);
    }
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${entry} did not start within ${START_TIMEOUT_MS} ms`));
      }, START_TIMEOUT_MS);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${entry} exited with ${code} before listening`));
      });
      createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
        const match = /^LISTENING (\S+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    return new ServerProcess(child, url);
  }

  /** Resident and peak resident memory in MB (Linux /proc; NaN elsewhere). */
  memory(): { rssMb: number; peakRssMb: number } {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
      return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
    } catch {
      return { rssMb: Number.NaN, peakRssMb: Number.NaN };
    }
  }

  /** Resets the peak (VmHWM) to the current RSS, so the next peak is the load's. */
  resetPeak(): void {
    try {
      writeFileSync(`/proc/${this.child.pid}/clear_refs`, '5');
    } catch {
      // Not Linux, or not allowed: the peak then covers start-up too.
    }
  }

  /** Sends a signal (e.g. SIGUSR2 to start apiServerMain's CPU profile). */
  signal(name: NodeJS.Signals): void {
    this.child.kill(name);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** A free TCP port on loopback (the API's config refuses PORT=0). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
