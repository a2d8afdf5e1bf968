// The one place that decides where Neo4j comes from, for tests, benchmarks and
// the commands alike:
//   1. NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set;
//   2. with a data folder (the commands): the local Neo4j on that folder, joined
//      when one runs there, else started (see sharedLocalNeo4j.ts);
//   3. without one (tests, bench), when a Docker engine answers, a
//      testcontainers Neo4j (NEO4J_IMAGE);
//   4. else an embedded Neo4j Community run by Java on a temporary folder.
// Never a mock: every path is a real Neo4j speaking Bolt.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Neo4jContainer as Neo4jContainerClass } from '@testcontainers/neo4j';
import type { CommandProbe } from './checkToolchain';
import { dockerAvailable } from './dockerAvailable';
import { LOCAL_PASSWORD, LOCAL_USERNAME } from './localCredentials';
import { startLocalNeo4j } from './localNeo4j';
import type { Neo4jTuning } from './localNeo4j';
import { openSharedLocalNeo4j } from './sharedLocalNeo4j';

/** Same pinned image as docker-compose.yml; the local launcher runs the same 5.26 line. */
export const NEO4J_IMAGE = 'neo4j:5.26-community';
export const DEFAULT_DATABASE = 'neo4j';

export type Neo4jOrigin = 'env' | 'testcontainers' | 'local';

export interface Neo4jEndpoint {
  uri: string;
  username: string;
  password: string;
  database: string;
  origin: Neo4jOrigin;
  /** For 'local': its data folder, and whether this process started it (else it joined a running one). */
  local?: { dataDir: string; port: number; pid: number; owned: boolean };
  /** Stops what acquireNeo4j started; a no-op for 'env' and for a local Neo4j it joined. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

export interface AcquireNeo4jOptions {
  env?: NodeJS.ProcessEnv;
  /**
   * Data folder of a local Neo4j, shared with every other command that names
   * it (a Neo4j already running there is joined, see sharedLocalNeo4j.ts); by
   * default a fresh temporary folder of this process alone.
   */
  dataDir?: string;
  /** Bolt port of a local Neo4j it starts; by default a free one. */
  port?: number;
  /** JIT and memory of a local Neo4j (see Neo4jTuning); testcontainers and NEO4J_URI ignore it. */
  tuning?: Neo4jTuning;
  log?: (message: string) => void;
  /** Injected for tests; by default the Docker socket is pinged with a short timeout. */
  dockerAvailable?: (env: NodeJS.ProcessEnv) => Promise<boolean>;
  probe?: CommandProbe;
}

export function chooseNeo4jSource(env: NodeJS.ProcessEnv, dockerAnswers: boolean): Neo4jOrigin {
  if (env.NEO4J_URI?.trim()) return 'env';
  return dockerAnswers ? 'testcontainers' : 'local';
}

export async function acquireNeo4j(options: AcquireNeo4jOptions = {}): Promise<Neo4jEndpoint> {
  const { env = process.env, log = () => {} } = options;
  const database = env.NEO4J_DATABASE?.trim() || DEFAULT_DATABASE;
  const envUri = env.NEO4J_URI?.trim();
  // Only probe Docker when it matters: the probe can take up to its timeout. A
  // shared data folder means the local Neo4j: a container per command would
  // give each command its own, empty graph.
  const docker =
    envUri || options.dataDir ? false : await (options.dockerAvailable ?? dockerAvailable)(env);
  switch (chooseNeo4jSource(env, docker)) {
    case 'env':
      return {
        uri: envUri ?? '',
        username: env.NEO4J_USERNAME?.trim() || 'neo4j',
        password: env.NEO4J_PASSWORD ?? '',
        database,
        origin: 'env',
        stop: async () => {},
      };
    case 'testcontainers': {
      log(`Starting ${NEO4J_IMAGE} with testcontainers`);
      const container = await new (loadNeo4jContainer())(NEO4J_IMAGE).start();
      return {
        uri: container.getBoltUri(),
        username: container.getUsername(),
        password: container.getPassword(),
        database: DEFAULT_DATABASE,
        origin: 'testcontainers',
        stop: async () => void (await container.stop()),
      };
    }
    case 'local':
      return options.dataDir ? sharedLocal(options.dataDir, options) : privateLocal(options);
  }
}

async function sharedLocal(dataDir: string, options: AcquireNeo4jOptions): Promise<Neo4jEndpoint> {
  const { port, probe, tuning, log } = options;
  const shared = await openSharedLocalNeo4j({ dataDir, port, probe, tuning, log });
  return {
    ...localAccount(shared.uri),
    local: { dataDir, port: shared.port, pid: shared.pid, owned: shared.owned },
    stop: (stopOptions) => shared.stop(stopOptions),
  };
}

/** A temporary folder made here is also removed here, on stop(). */
async function privateLocal(options: AcquireNeo4jOptions): Promise<Neo4jEndpoint> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'diplograph-neo4j-'));
  const removeData = (): Promise<void> => rm(dataDir, { recursive: true, force: true });
  const { port, probe, tuning, log } = options;
  const local = await startLocalNeo4j({ dataDir, port, log, probe, tuning }).catch(
    async (error) => {
      await removeData();
      throw error;
    },
  );
  return {
    ...localAccount(local.uri),
    local: { dataDir, port: local.port, pid: local.pid, owned: true },
    stop: async (stopOptions) => {
      await local.stop(stopOptions);
      await removeData();
    },
  };
}

function localAccount(uri: string): Omit<Neo4jEndpoint, 'stop' | 'local'> {
  return {
    uri,
    username: LOCAL_USERNAME,
    password: LOCAL_PASSWORD,
    database: DEFAULT_DATABASE,
    origin: 'local',
  };
}

// testcontainers is a devDependency: load it only on this path, and say what is
// missing in a production install rather than failing at import time.
function loadNeo4jContainer(): typeof Neo4jContainerClass {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (require('@testcontainers/neo4j') as { Neo4jContainer: typeof Neo4jContainerClass })
      .Neo4jContainer;
  } catch (error) {
    throw new Error(
      'A Docker engine answers but @testcontainers/neo4j is not installed (it is a ' +
        'devDependency: run `npm install` with dev dependencies), or set NEO4J_URI. ' +
        `(${(error as Error).message.split('\n')[0]})`,
    );
  }
}
