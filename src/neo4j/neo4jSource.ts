// The one place that decides where Neo4j comes from, for tests, benchmarks and
// `serve` alike:
//   1. NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set;
//   2. else, when a Docker engine answers, a testcontainers Neo4j (NEO4J_IMAGE);
//   3. else an embedded Neo4j Community run by Java (see localNeo4j.ts).
// Never a mock: every path is a real Neo4j speaking Bolt.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Neo4jContainer as Neo4jContainerClass } from '@testcontainers/neo4j';
import type { CommandProbe } from './checkToolchain';
import { dockerAvailable } from './dockerAvailable';
import { LOCAL_PASSWORD, LOCAL_USERNAME, startLocalNeo4j } from './localNeo4j';
import type { Neo4jTuning } from './localNeo4j';

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
  /** Stops what acquireNeo4j started; a no-op for 'env'. */
  stop(): Promise<void>;
}

export interface AcquireNeo4jOptions {
  env?: NodeJS.ProcessEnv;
  /** Data folder of a local Neo4j; by default a fresh temporary folder. */
  dataDir?: string;
  /** Bolt port of a local Neo4j; by default a free one. */
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
  // Only probe Docker when it matters: the probe can take up to its timeout.
  const docker = envUri ? false : await (options.dockerAvailable ?? dockerAvailable)(env);
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
    case 'local': {
      // A temporary folder made here is also removed here, on stop().
      const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'diplograph-neo4j-')));
      const removeData = async (): Promise<void> => {
        if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
      };
      const { port, probe, tuning } = options;
      const local = await startLocalNeo4j({ dataDir, port, log, probe, tuning }).catch(
        async (error) => {
          await removeData();
          throw error;
        },
      );
      return {
        uri: local.uri,
        username: LOCAL_USERNAME,
        password: LOCAL_PASSWORD,
        database: DEFAULT_DATABASE,
        origin: 'local',
        stop: async () => {
          await local.stop();
          await removeData();
        },
      };
    }
  }
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
