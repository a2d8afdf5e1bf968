// What `diplograph status` reports, gathered without starting anything: where
// Neo4j comes from, whether it answers, the migrations applied, and counts.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { readMigrations } from '../graph/migrate/migrationFiles';
import { RELATION_TYPES } from '../ingest/types';
import { checkToolchain } from '../neo4j/checkToolchain';
import { neo4jJarsPresent } from '../neo4j/fetchNeo4jJars';
import { localDataDir } from '../neo4j/localDataDir';
import { LOCAL_PASSWORD, LOCAL_USERNAME } from '../neo4j/localCredentials';
import { neo4jToolPaths } from '../neo4j/neo4jToolPaths';
import { findRunningNeo4j } from '../neo4j/runningNeo4j';

export type Neo4jStatusSource =
  | { origin: 'env'; uri: string }
  | {
      origin: 'local';
      dataDir: string;
      running: false;
      /** Why a start would fail (no Java, no Maven), when it would. */
      toolchain?: string;
      jarsFetched: boolean;
    }
  | { origin: 'local'; dataDir: string; running: true; uri: string; port: number; pid: number };

export interface GraphCounts {
  articles: number;
  entities: number;
  facts: number;
}

export interface GraphStatus {
  source: Neo4jStatusSource;
  /** undefined when there is nothing to ask (a local Neo4j that is not running). */
  answers?: boolean;
  error?: string;
  migrations?: { applied: string[]; pending: string[] };
  counts?: GraphCounts;
}

export async function readGraphStatus(env: NodeJS.ProcessEnv): Promise<GraphStatus> {
  const source = await statusSource(env);
  if (source.origin === 'local' && !source.running) return { source };
  const username = source.origin === 'env' ? env.NEO4J_USERNAME?.trim() || 'neo4j' : LOCAL_USERNAME;
  const password = source.origin === 'env' ? (env.NEO4J_PASSWORD ?? '') : LOCAL_PASSWORD;
  const database = env.NEO4J_DATABASE?.trim() || 'neo4j';
  const driver = neo4j.driver(
    source.uri,
    password ? neo4j.auth.basic(username, password) : undefined,
    { connectionTimeout: 5_000, maxTransactionRetryTime: 0, disableLosslessIntegers: true },
  );
  try {
    const migrations = await readMigrationState(driver, database);
    const counts = await readCounts(driver, database);
    return { source, answers: true, migrations, counts };
  } catch (error) {
    return { source, answers: false, error: (error as Error).message.split('\n')[0] };
  } finally {
    await driver.close();
  }
}

async function statusSource(env: NodeJS.ProcessEnv): Promise<Neo4jStatusSource> {
  const uri = env.NEO4J_URI?.trim();
  if (uri) return { origin: 'env', uri };
  const dataDir = localDataDir(env);
  const found = await findRunningNeo4j(dataDir);
  if (found.state === 'running') {
    const { uri: localUri, port, pid } = found.record;
    return { origin: 'local', dataDir, running: true, uri: localUri, port, pid };
  }
  const jarsFetched = neo4jJarsPresent(neo4jToolPaths());
  const toolchain = await checkToolchain({ maven: !jarsFetched }).then(
    () => undefined,
    (error: Error) => error.message,
  );
  return { origin: 'local', dataDir, running: false, jarsFetched, toolchain };
}

async function readMigrationState(
  driver: Driver,
  database: string,
): Promise<{ applied: string[]; pending: string[] }> {
  const { records } = await driver.executeQuery(
    'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
    {},
    { database, routing: neo4j.routing.READ },
  );
  const applied = records.map((record) => record.get('id') as string);
  const pending = readMigrations()
    .map((migration) => migration.id)
    .filter((id) => !applied.includes(id));
  return { applied, pending };
}

/** Each count is one read of Neo4j's count store (one label or one type), not a scan. */
async function readCounts(driver: Driver, database: string): Promise<GraphCounts> {
  const count = async (pattern: string): Promise<number> => {
    const { records } = await driver.executeQuery(
      `MATCH ${pattern} RETURN count(*) AS n`,
      {},
      { database, routing: neo4j.routing.READ },
    );
    return Number(records[0]?.get('n') ?? 0);
  };
  const perType = await Promise.all(RELATION_TYPES.map((type) => count(`()-[:${type}]->()`)));
  return {
    articles: await count('(:Article)'),
    entities: await count('(:Entity)'),
    facts: perType.reduce((sum, n) => sum + n, 0),
  };
}
