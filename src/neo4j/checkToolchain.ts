// A local Neo4j needs Java 17+ (to run it) and, until tools/neo4j/lib exists,
// Maven (to fetch it). Both are checked up front so that a missing tool gives one
// message naming what to install, not a spawn error from deep inside start-up.
import { execFile } from 'node:child_process';

export const MIN_JAVA_VERSION = 17;

export type ProbeResult = { found: false } | { found: true; output: string };

/** Runs `command args` and reports whether it exists and what it printed (stdout + stderr). */
export type CommandProbe = (command: string, args: readonly string[]) => Promise<ProbeResult>;

export class Neo4jToolchainError extends Error {
  override readonly name = 'Neo4jToolchainError';
}

export interface ToolchainNeeds {
  /** Maven is needed only while the jars are not fetched yet. */
  maven: boolean;
  probe?: CommandProbe;
}

/** Resolves when the tools are there; otherwise rejects with one Neo4jToolchainError. */
export async function checkToolchain({ maven, probe = execProbe }: ToolchainNeeds): Promise<void> {
  const problems: ToolProblem[] = [];
  const java = await probe('java', ['-version']);
  const javaVersion = java.found ? parseJavaMajorVersion(java.output) : undefined;
  if (!java.found || javaVersion === undefined || javaVersion < MIN_JAVA_VERSION) {
    problems.push({ tool: 'java', found: java.found ? javaVersion : undefined });
  }
  if (maven && !(await probe('mvn', ['-v'])).found) problems.push({ tool: 'maven' });
  if (problems.length > 0) throw new Neo4jToolchainError(toolchainMessage(problems));
}

export interface ToolProblem {
  tool: 'java' | 'maven';
  /** The Java major version found when it is too old. */
  found?: number;
}

const PACKAGES = { java: 'openjdk-17-jdk-headless', maven: 'maven' } as const;

export function toolchainMessage(problems: readonly ToolProblem[]): string {
  const tools = problems.map(({ tool }) => (tool === 'java' ? 'Java 17+' : 'Maven'));
  const packages = problems.map(({ tool }) => PACKAGES[tool]);
  const oldJava = problems.find((p) => p.tool === 'java' && p.found !== undefined)?.found;
  const what = problems.some((p) => p.tool === 'java')
    ? 'to run a local Neo4j'
    : "to fetch Neo4j's jars into tools/neo4j/lib";
  return (
    `${tools.join(' and ')} ${tools.length > 1 ? 'are' : 'is'} required ${what}` +
    (oldJava === undefined ? '' : ` (found Java ${oldJava})`) +
    `: install ${packages.join(' and ')} (apt-get install -y ${packages.join(' ')}), ` +
    'or set NEO4J_URI to a running Neo4j.'
  );
}

/** Reads the major version from `java -version` output: "17.0.15" → 17, "1.8.0_292" → 8. */
export function parseJavaMajorVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export const execProbe: CommandProbe = (command, args) =>
  new Promise((resolve) => {
    execFile(command, [...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve(code === 'ENOENT' ? { found: false } : { found: true, output: `${stdout}${stderr}` });
    });
  });
