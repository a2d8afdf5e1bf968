// The java command line that runs tools/neo4j/Neo4jLauncher.java. Kept pure so the
// flags (ports, memory, class-data sharing) are visible and unit-tested in one place.
import path from 'node:path';
import type { Neo4jToolPaths } from './neo4jToolPaths';

/** The line the launcher prints on stdout once Bolt listens: "NEO4J_LOCAL_READY bolt://127.0.0.1:7687 in 5123 ms". */
export const READY_LINE = /^NEO4J_LOCAL_READY (bolt:\/\/[^\s]+:(\d+))(?: in (\d+) ms)?/m;

export interface LauncherOptions {
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 lets the launcher pick a free one (reported on the ready line). */
  port: number;
  /** JVM heap ceiling; several instances may run at once on two cores. */
  heap?: string;
  pageCache?: string;
  /** Stop when our stdin closes, i.e. when the Node parent dies, even by SIGKILL. */
  exitOnStdinClose?: boolean;
  /** 'use' the CDS archive (when it exists), 'none', or write a new one at exit to `createAt`. */
  classData?: 'use' | 'none' | { createAt: string };
  /**
   * Compile with C1 only (default true): half the CPU at start-up (5 s instead of 10 s),
   * and on two busy cores still faster over 1,500 writes and 500 reads (12–15 s
   * instead of 19–26 s); pass false for a long-running server.
   */
  quickJit?: boolean;
  /** Start, run one query to load Cypher's classes, and exit (used to create the archive). */
  warmUpAndExit?: boolean;
  /** The launcher deletes this record (see endpointFile.ts) first thing when it shuts down. */
  endpointFile?: string;
}

export const DEFAULT_HEAP = '1g';
export const DEFAULT_PAGE_CACHE = '64m';

// Neo4j's own server script passes these; without them the page cache falls
// back to slower buffers and native file advice fails (warnings in debug.log).
const ADD_OPENS = ['java.nio', 'sun.nio.ch', 'java.lang', 'java.io'].map(
  (pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`,
);

export function neo4jLauncherCommand(
  paths: Neo4jToolPaths,
  options: LauncherOptions,
  archiveExists = false,
): { command: string; args: string[] } {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new RangeError(`Neo4j port must be an integer from 0 to 65535, got ${options.port}`);
  }
  const classData = options.classData ?? 'use';
  const jvm = [
    `-Xms128m`,
    `-Xmx${options.heap ?? DEFAULT_HEAP}`,
    // Serial GC halves the resident memory (about 300 MB instead of 570 MB) and suits one small database.
    '-XX:+UseSerialGC',
    ...(options.quickJit === false ? [] : ['-XX:TieredStopAtLevel=1']),
    '-XX:-UsePerfData',
    '-Dfile.encoding=UTF-8',
    ...ADD_OPENS,
    ...(typeof classData === 'object' ? [`-XX:ArchiveClassesAtExit=${classData.createAt}`] : []),
    ...(classData === 'use' && archiveExists
      ? [
          `-XX:SharedArchiveFile=${paths.classDataArchive}`,
          '-Xlog:cds=off',
          '-Xlog:cds+dynamic=off',
        ]
      : []),
  ];
  const launcher = [
    '--data',
    path.resolve(options.dataDir),
    '--port',
    String(options.port),
    '--page-cache',
    options.pageCache ?? DEFAULT_PAGE_CACHE,
    ...(options.exitOnStdinClose ? ['--exit-on-stdin-close'] : []),
    ...(options.warmUpAndExit ? ['--warm-up-and-exit'] : []),
    ...(options.endpointFile ? ['--endpoint-file', path.resolve(options.endpointFile)] : []),
  ];
  return {
    command: 'java',
    args: [...jvm, '-cp', path.join(paths.libDir, '*'), paths.launcher, ...launcher],
  };
}
