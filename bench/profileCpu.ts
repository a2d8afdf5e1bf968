// Where the time goes: a V8 CPU profile of a piece of work in this process,
// reduced to the functions with the most self time.
import path from 'node:path';
import { Session } from 'node:inspector/promises';

export interface Hotspot {
  /** `function (file:line)`. */
  where: string;
  /** Share of all samples, 0..1. */
  share: number;
}

interface ProfileNode {
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export function hotspots(nodes: readonly ProfileNode[], top: number): Hotspot[] {
  const byPlace = new Map<string, number>();
  let total = 0;
  for (const node of nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? path.relative(process.cwd(), url.replace(/^file:\/\//, '')) : '';
    const where = `${functionName || '(anonymous)'}${file ? ` (${file}:${lineNumber + 1})` : ''}`;
    byPlace.set(where, (byPlace.get(where) ?? 0) + hits);
  }
  return [...byPlace]
    .map(([where, hits]) => ({ where, share: total ? hits / total : 0 }))
    .sort((x, y) => y.share - x.share)
    .slice(0, top);
}

export async function profileCpu(work: () => void | Promise<void>, top = 12): Promise<Hotspot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    return hotspots(profile.nodes as ProfileNode[], top);
  } finally {
    session.disconnect();
  }
}
