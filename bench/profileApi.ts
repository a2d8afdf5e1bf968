// Where the API's own time goes on the small queries: the API in a child
// process (apiServerMain.ts, as the bench runs it) is CPU-profiled while
// autocannon loads one of the bench's queries; self time is summed per
// package or source folder, and the top functions are listed.
//
//   npx tsx bench/profileApi.ts [--articles 500] [--seconds 10] [--connections 4] [query…]
//
// Queries: search, country, bilateral, timeline, path (default: search country timeline path).
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { buildApiSchema } from '../src/api/buildSchema';
import { createApiContext } from '../src/api/createApiContext';
import { createApolloServer } from '../src/api/createApolloServer';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/config/logger';
import { applyMigrations } from '../src/graph/migrate/migrate';
import { DEFAULT_INGEST_BATCH } from '../src/pipeline/ingestFiles';
import { loadBenchArticles } from './benchArticle';
import { benchQueries, pickQueryParams } from './benchQueries';
import { benchNeo4j } from './benchNeo4j';
import { loadTest } from './loadTest';
import { ingestArticles } from './measureIngest';
import { hotspots } from './profileCpu';
import { freePort, ServerProcess } from './ServerProcess';

interface ProfileNode {
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** The package (node_modules), source folder (src/…), Node internals or V8 pseudo-frame a frame belongs to. */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1] as string;
  const source = /\/(src\/[^/]+(?:\/[^/.]+(?=\/))?)/.exec(url);
  if (source) return source[1] as string;
  const bench = /\/(bench\/[^/]+)/.exec(url);
  return bench ? (bench[1] as string) : url;
}

export function sharesByPlace(
  nodes: readonly ProfileNode[],
  where: (url: string, functionName: string) => string = placeOf,
): { place: string; share: number }[] {
  const by = new Map<string, number>();
  let total = 0;
  for (const node of nodes) {
    const hits = node.hitCount ?? 0;
    total += hits;
    const place = where(node.callFrame.url, node.callFrame.functionName);
    by.set(place, (by.get(place) ?? 0) + hits);
  }
  return [...by]
    .map(([place, hits]) => ({ place, share: total ? hits / total : 0 }))
    .sort((a, b) => b.share - a.share);
}

async function main(): Promise<void> {
  const program = new Command('profile-api')
    .option('--articles <n>', 'articles in the graph', '500')
    .option('--seconds <n>', 'seconds of load per query', '10')
    .option('--connections <n>', 'autocannon connections', '4')
    .argument('[queries...]')
    .parse();
  const flags = program.opts<{ articles: string; seconds: string; connections: string }>();
  const wanted = program.args.length ? program.args : ['search', 'country', 'timeline', 'path'];
  const log = (message: string) => process.stderr.write(`[profile] ${message}\n`);
  const { endpoint, neo4j, driver } = await benchNeo4j(log);
  const dir = mkdtempSync(path.join(tmpdir(), 'diplograph-profile-'));
  try {
    await applyMigrations(driver, neo4j.database);
    await ingestArticles(loadBenchArticles(Number(flags.articles), 1), {
      driver,
      database: neo4j.database,
      workers: 2,
      writeConcurrency: 1,
      transactionSize: DEFAULT_INGEST_BATCH,
    });
    const queries = benchQueries(await pickQueryParams(driver, neo4j.database));
    // Round trips per operation: the API's schema in process, each read counted.
    const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'production' });
    const apollo = createApolloServer({ schema: buildApiSchema(), config });
    await apollo.start();
    for (const query of queries) {
      const sent: string[] = [];
      const contextValue = createApiContext(
        { driver, database: neo4j.database, config, logger: createLogger('silent') },
        { onQuery: (cypher) => void sent.push(cypher.trim().split('\n')[0] ?? '') },
      );
      await apollo.executeOperation(query.graphql, { contextValue });
      process.stdout.write(
        `${query.name}: ${sent.length} Cypher round trip(s): ${sent.map((line) => `\`${line.slice(0, 60)}\``).join(', ')}\n`,
      );
    }
    await apollo.stop();
    for (const name of wanted) {
      const query = queries.find((q) => q.name === name);
      if (!query) throw new Error(`no bench query ${name}`);
      const file = path.join(dir, `${name}.cpuprofile`);
      const api = await ServerProcess.start(path.join(__dirname, 'apiServerMain.ts'), {
        ...process.env,
        ...Object.fromEntries(
          Object.entries(neo4j).map(([key, value]) => [`NEO4J_${key.toUpperCase()}`, value]),
        ),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        PORT: String(await freePort()),
        BENCH_CPU_PROFILE: file,
      });
      const request = {
        url: `${api.url}/graphql`,
        method: 'POST' as const,
        body: JSON.stringify(query.graphql),
      };
      try {
        await loadTest(request, { connections: 2, durationSeconds: 2 });
        api.signal('SIGUSR2');
        await new Promise((resolve) => setTimeout(resolve, 200));
        const load = await loadTest(request, {
          connections: Number(flags.connections),
          durationSeconds: Number(flags.seconds),
        });
        log(`${name}: p50 ${load.p50} ms, ${load.requestsPerSecond.toFixed(0)} req/s`);
      } finally {
        await api.stop();
      }
      const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
      const places = sharesByPlace(profile.nodes).slice(0, 16);
      process.stdout.write(`\n## ${name}\n\nBy package or folder (self time):\n\n`);
      for (const p of places)
        process.stdout.write(`- ${(p.share * 100).toFixed(1)} % ${p.place}\n`);
      process.stdout.write('\nBy file (self time):\n\n');
      const byFile = sharesByPlace(profile.nodes, (url, functionName) =>
        url
          ? url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/')
          : functionName,
      ).slice(0, 20);
      for (const f of byFile)
        process.stdout.write(`- ${(f.share * 100).toFixed(1)} % ${f.place}\n`);
      process.stdout.write('\nTop functions (self time):\n\n');
      for (const h of hotspots(profile.nodes, 25)) {
        process.stdout.write(`- ${(h.share * 100).toFixed(1)} % ${h.where}\n`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await driver.close();
    await endpoint.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
