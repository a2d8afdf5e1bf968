// Whether a process exists, by signal 0 (nothing is sent), and whether it is
// our Neo4j launcher: a pid recorded long ago may now be another program.
import { existsSync, readFileSync } from 'node:fs';

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, someone else's
  }
}

/** Where /proc is missing (macOS), a live pid has to do. */
export function isNeo4jLauncher(pid: number): boolean {
  if (!existsSync('/proc/self/cmdline')) return processAlive(pid);
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('Neo4jLauncher');
  } catch {
    return false;
  }
}

/** Resolves true once `pid` is gone, false if it is still there after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}
