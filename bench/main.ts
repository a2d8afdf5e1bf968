// npm run bench [-- --quick]: runs the harness against a real Neo4j (a fresh
// local one by default, or NEO4J_URI with --wipe) and writes bench/RESULTS.md
// (and the raw figures to bench/out/results.json).
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import * as prettier from 'prettier';
import { createDriver } from '../src/graph/driver';
import { acquireNeo4j } from '../src/neo4j/neo4jSource';
import { asDeployed } from './asDeployed';
import { renderResults } from './renderResults';
import type { BenchReport, HarnessOptions } from './runHarness';
import { runHarness } from './runHarness';

type Preset = Omit<HarnessOptions, 'driver' | 'neo4j' | 'log'>;

const PRESETS: Record<'quick' | 'full', Preset> = {
  quick: {
    mode: 'quick',
    seed: 1,
    extractionArticles: 300,
    ingestArticles: 1000,
    ingestRuns: 3,
    sizes: [1000],
    runs: 3,
    connections: 4,
    durationSeconds: 2,
  },
  full: {
    mode: 'full',
    seed: 1,
    extractionArticles: 2000,
    ingestArticles: 10000,
    ingestRuns: 3,
    sizes: [10000, 100000],
    runs: 3,
    connections: 8,
    durationSeconds: 10,
  },
};

const integer = (value: string) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`not a positive integer: ${value}`);
  return parsed;
};

/** The report as the repository's Prettier settings would write it (format:check covers it). */
async function formatMarkdown(markdown: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

async function main(): Promise<void> {
  asDeployed();
  const program = new Command('bench')
    .description('Benchmarks extraction, ingest and queries; writes bench/RESULTS.md')
    .option('--quick', 'the short run (1k articles, 2 s loads)')
    .option('--articles <n>', 'articles per timed ingest run (and the graph size queried)', integer)
    .option('--sizes <list>', 'graph sizes to query at, e.g. 10000,100000')
    .option('--ingest-runs <n>', 'timed ingest runs', integer)
    .option('--duration <seconds>', 'seconds per load run', integer)
    .option('--out <file>', 'where to write the report', path.join(__dirname, 'RESULTS.md'))
    .option('--wipe', 'allow emptying the database given by NEO4J_URI')
    .option('--render <results.json>', 'only rewrite the report from a saved results.json')
    .parse();
  const flags = program.opts<{
    quick?: boolean;
    articles?: number;
    sizes?: string;
    ingestRuns?: number;
    duration?: number;
    out: string;
    wipe?: boolean;
    render?: string;
  }>();
  if (flags.render) {
    const saved = JSON.parse(readFileSync(flags.render, 'utf8')) as BenchReport;
    writeFileSync(flags.out, await formatMarkdown(renderResults(saved), flags.out));
    return;
  }
  const preset = { ...PRESETS[flags.quick ? 'quick' : 'full'] };
  if (flags.articles) {
    preset.ingestArticles = flags.articles;
    preset.sizes = [flags.articles];
    preset.extractionArticles = Math.min(preset.extractionArticles, flags.articles);
  }
  if (flags.sizes) preset.sizes = flags.sizes.split(',').map(integer);
  if (flags.ingestRuns) preset.ingestRuns = flags.ingestRuns;
  if (flags.duration) preset.durationSeconds = flags.duration;
  if (process.env.NEO4J_URI && !flags.wipe) {
    throw new Error('NEO4J_URI is set: the bench empties that database; pass --wipe to allow it');
  }

  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  const endpoint = await acquireNeo4j({ log, tuning: 'throughput' });
  const neo4j = {
    uri: endpoint.uri,
    username: endpoint.username,
    password: endpoint.password,
    database: endpoint.database,
  };
  const driver = createDriver(neo4j);
  try {
    const report = await runHarness({
      ...preset,
      neo4jOrigin: endpoint.origin,
      driver,
      neo4j,
      log,
    });
    const outDir = path.join(__dirname, 'out');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(flags.out, await formatMarkdown(renderResults(report), flags.out));
    log(`wrote ${flags.out} in ${report.totalSeconds.toFixed(0)} s`);
  } finally {
    await driver.close();
    await endpoint.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
