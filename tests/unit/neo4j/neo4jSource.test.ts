// Where Neo4j comes from, without a database: the choice, the endpoint taken
// from the environment, the toolchain messages and the launcher's command line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkToolchain,
  parseJavaMajorVersion,
  toolchainMessage,
} from '../../../src/neo4j/checkToolchain';
import type { CommandProbe, ProbeResult } from '../../../src/neo4j/checkToolchain';
import { startLocalNeo4j, tunedMemoryAndJit } from '../../../src/neo4j/localNeo4j';
import { localNeo4jPort } from '../../../src/neo4j/localNeo4jPort';
import { neo4jLauncherCommand, READY_LINE } from '../../../src/neo4j/neo4jLauncherCommand';
import { acquireNeo4j, chooseNeo4jSource } from '../../../src/neo4j/neo4jSource';
import { neo4jToolPaths } from '../../../src/neo4j/neo4jToolPaths';

/** A probe that answers from a table; a tool absent from it is not installed. */
function probeFrom(tools: Record<string, string>): CommandProbe & { calls: string[] } {
  const calls: string[] = [];
  const probe = async (command: string): Promise<ProbeResult> => {
    calls.push(command);
    const output = tools[command];
    return output === undefined ? { found: false } : { found: true, output };
  };
  return Object.assign(probe, { calls });
}

const JAVA_17 = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment';
const MAVEN = 'Apache Maven 3.8.7';
const noDocker = async (): Promise<boolean> => false;

describe('chooseNeo4jSource', () => {
  it.each([
    [{ NEO4J_URI: 'bolt://db:7687' }, true, 'env'],
    [{ NEO4J_URI: 'bolt://db:7687' }, false, 'env'],
    [{ NEO4J_URI: '   ' }, true, 'testcontainers'],
    [{}, true, 'testcontainers'],
    [{}, false, 'local'],
    [{ NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'x' }, false, 'local'],
  ])('%j with docker=%s → %s', (env, docker, expected) => {
    expect(chooseNeo4jSource(env, docker)).toBe(expected);
  });
});

describe('acquireNeo4j from the environment', () => {
  it('takes URI, user, password and database as given, and probes nothing', async () => {
    const probe = probeFrom({});
    const endpoint = await acquireNeo4j({
      env: {
        NEO4J_URI: ' neo4j://graph.example:7688 ',
        NEO4J_USERNAME: 'reader',
        NEO4J_PASSWORD: ' secret ',
        NEO4J_DATABASE: 'news',
      },
      dockerAvailable: () => Promise.reject(new Error('Docker must not be probed')),
      probe,
    });
    expect(endpoint).toMatchObject({
      origin: 'env',
      uri: 'neo4j://graph.example:7688',
      username: 'reader',
      password: ' secret ',
      database: 'news',
    });
    await expect(endpoint.stop()).resolves.toBeUndefined();
    expect(probe.calls).toEqual([]);
  });

  it('defaults to user neo4j, an empty password and database neo4j', async () => {
    const endpoint = await acquireNeo4j({ env: { NEO4J_URI: 'bolt://localhost:7687' } });
    expect(endpoint).toMatchObject({ username: 'neo4j', password: '', database: 'neo4j' });
  });
});

describe('checkToolchain', () => {
  it.each([
    ['Java 17 and Maven', { java: JAVA_17, mvn: MAVEN }, true],
    ['Java 21 without Maven when the jars are there', { java: 'version "21" 2023-09-19' }, false],
  ])('accepts %s', async (_name, tools, maven) => {
    await expect(checkToolchain({ maven, probe: probeFrom(tools) })).resolves.toBeUndefined();
  });

  it.each([
    [
      'no java',
      { mvn: MAVEN },
      true,
      'Java 17+ is required to run a local Neo4j: install openjdk-17-jdk-headless ' +
        '(apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to a running Neo4j.',
    ],
    [
      'an old java',
      { java: 'java version "1.8.0_292"', mvn: MAVEN },
      true,
      'Java 17+ is required to run a local Neo4j (found Java 8): install openjdk-17-jdk-headless ' +
        '(apt-get install -y openjdk-17-jdk-headless), or set NEO4J_URI to a running Neo4j.',
    ],
    [
      'no maven',
      { java: JAVA_17 },
      true,
      "Maven is required to fetch Neo4j's jars into tools/neo4j/lib: install maven " +
        '(apt-get install -y maven), or set NEO4J_URI to a running Neo4j.',
    ],
    [
      'neither',
      {},
      true,
      'Java 17+ and Maven are required to run a local Neo4j: install openjdk-17-jdk-headless ' +
        'and maven (apt-get install -y openjdk-17-jdk-headless maven), or set NEO4J_URI to a running Neo4j.',
    ],
  ])('rejects %s with one message', async (_name, tools, maven, message) => {
    await expect(checkToolchain({ maven, probe: probeFrom(tools) })).rejects.toThrow(message);
  });

  it('does not ask for Maven when it is not needed', async () => {
    const probe = probeFrom({ java: JAVA_17 });
    await checkToolchain({ maven: false, probe });
    expect(probe.calls).toEqual(['java']);
  });

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ['java version "11.0.2"', 11],
    ['command not found', undefined],
  ])('reads the Java major version from %j', (output, major) => {
    expect(parseJavaMajorVersion(output)).toBe(major);
  });

  it('names every missing tool once', () => {
    const message = toolchainMessage([{ tool: 'java' }, { tool: 'maven' }]);
    expect(message.match(/maven/g)).toHaveLength(2); // the package list and the apt-get line
    expect(message.match(/openjdk-17-jdk-headless/g)).toHaveLength(2);
  });
});

describe('startLocalNeo4j before anything is spawned', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'diplograph-no-tools-'));
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  it('needs Java and Maven when the jars are not fetched yet, and says so once', async () => {
    const start = startLocalNeo4j({
      dataDir: path.join(root, 'data'),
      paths: neo4jToolPaths(root),
      probe: probeFrom({}),
    });
    await expect(start).rejects.toThrow(
      /^Java 17\+ and Maven are required to run a local Neo4j: install openjdk-17-jdk-headless and maven/,
    );
  });

  it('refuses to run in the background on a port chosen at random', async () => {
    const start = startLocalNeo4j({
      dataDir: path.join(root, 'data'),
      port: 0,
      paths: neo4jToolPaths(root),
      probe: probeFrom({ java: JAVA_17, mvn: MAVEN }),
      detached: { logFile: path.join(root, 'neo4j.log') },
    });
    await expect(start).rejects.toThrow('a detached Neo4j needs a fixed port');
  });

  it('reaches acquireNeo4j callers as the same message when no Docker answers', async () => {
    await expect(
      acquireNeo4j({ env: {}, dockerAvailable: noDocker, probe: probeFrom({ mvn: MAVEN }) }),
    ).rejects.toThrow(/^Java 17\+ is required to run a local Neo4j/);
  });
});

describe('ports', () => {
  const paths = neo4jToolPaths('/repo');
  const portArg = (port: number): string | undefined => {
    const { args } = neo4jLauncherCommand(paths, { dataDir: '/data', port });
    return args[args.indexOf('--port') + 1];
  };

  it.each([0, 1, 7687, 65535])('passes port %i to the launcher', (port) => {
    expect(portArg(port)).toBe(String(port));
  });

  it.each([-1, 65536, 1.5, Number.NaN])('rejects port %p', (port) => {
    expect(() => portArg(port)).toThrow(RangeError);
  });

  it.each([
    [{}, 7687],
    [{ NEO4J_LOCAL_PORT: '7688' }, 7688],
    [{ NEO4J_LOCAL_PORT: ' 17687 ' }, 17687],
    [{ NEO4J_LOCAL_PORT: '' }, 7687],
  ])('db:start listens on NEO4J_LOCAL_PORT or 7687: %j → %i', (env, port) => {
    expect(localNeo4jPort(env)).toBe(port);
  });

  it.each(['0', '65536', 'seven', '76.87', '-1'])('rejects NEO4J_LOCAL_PORT=%j', (value) => {
    expect(() => localNeo4jPort({ NEO4J_LOCAL_PORT: value })).toThrow(/NEO4J_LOCAL_PORT/);
  });

  it('reads the port the launcher reports on its ready line', () => {
    const match = READY_LINE.exec(
      'log line\nNEO4J_LOCAL_READY bolt://127.0.0.1:40123 in 4812 ms\n',
    );
    expect(match?.slice(1)).toEqual(['bolt://127.0.0.1:40123', '40123', '4812']);
  });
});

describe('neo4jLauncherCommand', () => {
  const paths = neo4jToolPaths('/repo');
  const command = (options: object, archiveExists = false) =>
    neo4jLauncherCommand(paths, { dataDir: 'rel/data', port: 0, ...options }, archiveExists).args;

  it('runs the launcher source with every jar, an absolute data folder and modest memory', () => {
    const args = command({});
    expect(args).toEqual(
      expect.arrayContaining(['-Xmx1g', '-XX:+UseSerialGC', '--page-cache', '64m']),
    );
    expect(args.slice(args.indexOf('-cp'), args.indexOf('-cp') + 3)).toEqual([
      '-cp',
      path.join('/repo/tools/neo4j/lib', '*'),
      path.join('/repo/tools/neo4j/Neo4jLauncher.java'),
    ]);
    expect(args[args.indexOf('--data') + 1]).toBe(path.resolve('rel/data'));
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });

  it('uses the class-data archive only when it exists, and can record one', () => {
    const archive = `-XX:SharedArchiveFile=${paths.classDataArchive}`;
    expect(command({}, true)).toContain(archive);
    expect(command({}, false)).not.toContain(archive);
    expect(command({ classData: 'none' }, true)).not.toContain(archive);
    expect(command({ classData: { createAt: '/tmp/a.jsa' } })).toContain(
      '-XX:ArchiveClassesAtExit=/tmp/a.jsa',
    );
  });

  it('passes the heap, page cache and stop-with-parent options through', () => {
    const args = command({ heap: '512m', pageCache: '16m', exitOnStdinClose: true });
    expect(args).toEqual(expect.arrayContaining(['-Xmx512m', '--exit-on-stdin-close']));
    expect(args[args.indexOf('--page-cache') + 1]).toBe('16m');
    expect(command({})).not.toContain('--exit-on-stdin-close');
  });

  it('compiles with C1 only unless full JIT is asked for', () => {
    expect(command({})).toContain('-XX:TieredStopAtLevel=1');
    expect(command({ quickJit: false })).not.toContain('-XX:TieredStopAtLevel=1');
  });
});

describe('tunedMemoryAndJit', () => {
  it('starts tests quickly and runs servers with the full JIT and a larger page cache', () => {
    const quick = tunedMemoryAndJit({});
    const server = tunedMemoryAndJit({ tuning: 'throughput' });
    expect(quick.quickJit).toBe(true);
    expect(server.quickJit).toBe(false);
    expect(parseBytes(server.pageCache)).toBeGreaterThan(parseBytes(quick.pageCache));
  });

  it('lets explicit options override the tuning', () => {
    expect(tunedMemoryAndJit({ tuning: 'throughput', quickJit: true, heap: '3g' })).toMatchObject({
      quickJit: true,
      heap: '3g',
    });
  });
});

function parseBytes(size: string): number {
  const unit = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[size.slice(-1).toLowerCase()] ?? 1;
  return Number.parseFloat(size) * unit;
}
