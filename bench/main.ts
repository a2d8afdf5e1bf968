// npm run bench [-- --quick]: runs the harness against a real Neo4j (a fresh
// local one by default, or NEO4J_URI with --wipe) and writes bench/RESULTS.md
// (and the raw figures to bench/out/results.json).
import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import * as prettier from 'prettier';
import { asDeployed } from './asDeployed';
import { benchNeo4j } from './benchNeo4j';
import { runKillLoop } from './killLoop';
import type { RunContext } from './renderReliability';
import { renderKillLoop, renderSoak } from './renderReliability';
import { renderResults } from './renderResults';
import { keepSections, replaceSection } from './resultsSections';
import type { BenchReport, HarnessOptions } from './runHarness';
import { runHarness } from './runHarness';
import { runSoak } from './soak';
import { wipeGraph } from './graphCounts';

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

/**
 * The bench's Neo4j and driver (benchNeo4j). A server given by NEO4J_URI is
 * emptied by the run, so it needs --wipe.
 */
async function openBenchNeo4j(
  what: string,
  wipe: boolean | undefined,
  log: (message: string) => void,
) {
  if (process.env.NEO4J_URI && !wipe) {
    throw new Error(`NEO4J_URI is set: ${what} empties that database; pass --wipe to allow it`);
  }
  return benchNeo4j(log);
}

/** The report as the repository's Prettier settings would write it (format:check covers it). */
async function formatMarkdown(markdown: string, file: string): Promise<string> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(markdown, { ...options, parser: 'markdown' });
}

const OUT_DIR = path.join(__dirname, 'out');

function saveJson(name: string, value: unknown): void {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, name), `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes a freshly rendered report, keeping the reliability sections of the one it replaces. */
async function writeReport(file: string, markdown: string): Promise<void> {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, await formatMarkdown(keepSections(previous, markdown), file));
}

/** Replaces (or adds) one marked section of the report. */
async function writeSection(file: string, name: string, content: string): Promise<void> {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  writeFileSync(file, await formatMarkdown(replaceSection(previous, name, content), file));
}

function startContext(): Omit<RunContext, 'loadEnd'> {
  return { date: new Date().toISOString(), loadStart: os.loadavg(), cores: os.cpus().length };
}

interface ReliabilityFlags {
  killLoop: boolean;
  soak: boolean;
  minutes: number;
  kills: number;
  killArticles: number;
  connections: number;
  preload: number;
  wipe?: boolean;
  out: string;
}

/** --kill-loop, --soak (kill loop then soak), --soak-only. */
async function runReliability(flags: ReliabilityFlags, log: (message: string) => void) {
  if (flags.killLoop) {
    const context = startContext();
    const report = await runKillLoop({
      articles: flags.killArticles,
      kills: flags.kills,
      seed: 1,
      log,
    });
    saveJson('killLoop.json', report);
    await writeSection(
      flags.out,
      'kill-loop',
      renderKillLoop(report, { ...context, loadEnd: os.loadavg() }),
    );
    log(
      `kill loop: ${report.articleNodes} articles stored, ${report.missingArticles} missing, ` +
        `${report.duplicatedArticles} duplicated, fingerprint equal: ${report.fingerprintEqual}`,
    );
  }
  if (!flags.soak) return;
  const context = startContext();
  const { endpoint, neo4j, driver } = await openBenchNeo4j('the soak', flags.wipe, log);
  try {
    if (endpoint.origin === 'env') await wipeGraph(driver, neo4j.database);
    const report = await runSoak({
      driver,
      neo4j,
      seed: 1,
      minutes: flags.minutes,
      connections: flags.connections,
      preload: flags.preload,
      maxNewArticles: 20_000,
      log,
    });
    saveJson('soak.json', report);
    await writeSection(
      flags.out,
      'soak',
      renderSoak(report, { ...context, loadEnd: os.loadavg() }),
    );
  } finally {
    await driver.close();
    await endpoint.stop();
  }
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
    .option('--kill-loop', 'only the kill loop (SIGKILL Neo4j during an ingest, then compare)')
    .option('--soak', 'the kill loop, then the soak (queries under load while ingesting)')
    .option('--soak-only', 'only the soak')
    .option('--minutes <n>', 'soak minutes', integer, 10)
    .option('--kills <n>', 'kill loop: SIGKILLs', integer, 10)
    .option('--kill-articles <n>', 'kill loop: articles ingested', integer, 2000)
    .option('--connections <n>', 'soak: concurrent connections', integer, 50)
    .option('--preload <n>', 'soak: articles loaded before the load starts', integer, 2000)
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
    killLoop?: boolean;
    soak?: boolean;
    soakOnly?: boolean;
    minutes: number;
    kills: number;
    killArticles: number;
    connections: number;
    preload: number;
  }>();
  const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
  if (flags.killLoop || flags.soak || flags.soakOnly) {
    await runReliability(
      {
        ...flags,
        killLoop: Boolean(flags.killLoop || flags.soak),
        soak: Boolean(flags.soak || flags.soakOnly),
      },
      log,
    );
    return;
  }
  if (flags.render) {
    const saved = JSON.parse(readFileSync(flags.render, 'utf8')) as BenchReport;
    await writeReport(flags.out, renderResults(saved));
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
  const { endpoint, neo4j, driver } = await openBenchNeo4j('the bench', flags.wipe, log);
  try {
    const report = await runHarness({
      ...preset,
      neo4jOrigin: endpoint.origin,
      driver,
      neo4j,
      log,
    });
    saveJson('results.json', report);
    await writeReport(flags.out, renderResults(report));
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
