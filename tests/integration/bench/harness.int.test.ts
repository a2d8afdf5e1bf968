// Smoke test of the benchmark harness (bench/runHarness.ts) on a tiny corpus
// against the test Neo4j: every section is produced and every figure is a
// real measurement (> 0). No timing assertions: speed belongs in RESULTS.md.
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { renderResults } from '../../../bench/renderResults';
import type { BenchReport } from '../../../bench/runHarness';
import { runHarness } from '../../../bench/runHarness';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';

const ARTICLES = 20;
let report: BenchReport;

beforeAll(async () => {
  const driver = testDriver();
  await resetDatabase(driver);
  await applyMigrations(driver, testDatabase());
  report = await runHarness({
    driver,
    neo4j: {
      uri: process.env.NEO4J_URI ?? '',
      username: process.env.NEO4J_USERNAME || 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: testDatabase(),
    },
    mode: 'smoke',
    seed: 1,
    extractionArticles: 20,
    ingestArticles: ARTICLES,
    ingestRuns: 2,
    sizes: [ARTICLES],
    runs: 1,
    connections: 2,
    durationSeconds: 1,
    workers: 2,
    cypherSamples: 2,
  });
});

afterAll(async () => {
  await resetDatabase();
  await closeTestDriver();
});

test('measures extraction on one core and in worker threads', () => {
  expect(report.extraction.articles).toBe(20);
  expect(report.extraction.oneCore.articlesPerSecond).toBeGreaterThan(0);
  expect(report.extraction.oneCore.megabytesPerSecond).toBeGreaterThan(0);
  expect(report.extraction.allCores.articlesPerSecond).toBeGreaterThan(0);
  expect(report.extraction.allCores.workers).toBe(2);
  expect(report.extractionHotspots.length).toBeGreaterThan(0);
});

test('ingests the corpus into the graph in timed segments', async () => {
  expect(report.ingest.runs).toHaveLength(2);
  expect(report.ingest.runs.reduce((sum, run) => sum + run.articles, 0)).toBe(ARTICLES);
  for (const run of report.ingest.runs) {
    expect(run.failures).toBe(0);
    expect(run.nodes).toBeGreaterThan(0);
    expect(run.relationships).toBeGreaterThan(0);
  }
  expect(report.ingest.articlesPerSecond).toBeGreaterThan(0);
  expect(report.ingest.graphWritesPerSecond).toBeGreaterThan(0);
  const { records } = await testDriver().executeQuery(
    'MATCH (a:Article) RETURN count(a) AS n',
    {},
    { database: testDatabase() },
  );
  expect(Number(records[0]?.get('n'))).toBe(ARTICLES);
});

test('loads every hot query on both sides, with the same answers and index-backed plans', () => {
  const [size] = report.sizes;
  expect(size?.articlesLoaded).toBe(ARTICLES);
  expect(size?.queries.map((q) => q.name)).toEqual([
    'search',
    'country',
    'bilateral',
    'timeline',
    'path',
  ]);
  for (const query of size?.queries ?? []) {
    // On a mismatch the diff shows both canonical answers.
    expect({ query: query.name, answer: query.graphqlAnswer }).toEqual({
      query: query.name,
      answer: query.rawAnswer,
    });
    expect(query.answersMatch).toBe(true);
    for (const side of [query.api, query.raw]) {
      expect(side.runs[0]?.requests).toBeGreaterThan(0);
      expect(side.p99).toBeGreaterThan(0);
      expect(side.failures).toBe(0);
    }
    expect(query.ratio).toBeGreaterThan(0);
    expect(query.apiCypherMs).toBeGreaterThan(0);
    expect(query.rawCypherMs).toBeGreaterThan(0);
    expect(query.apiPlan.operators.length).toBeGreaterThan(0);
    expect(query.rawPlan.operators.length).toBeGreaterThan(0);
  }
  expect(size?.apiMemory.peakRssMb).toBeGreaterThan(0);
  expect(size?.dossierProfile.dbHits).toBeGreaterThan(0);
});

test('renders every section of RESULTS.md with PASS/MISS targets', () => {
  const markdown = renderResults(report);
  for (const heading of [
    '## Machine',
    '## Targets',
    '## Extraction throughput',
    '## End-to-end ingest',
    `## Queries at ${ARTICLES} articles`,
    '### Index check (EXPLAIN)',
    '### Memory',
    '### Dossier profile',
  ]) {
    expect(markdown).toContain(heading);
  }
  expect(markdown).toMatch(/load average at start/);
  expect(markdown).toMatch(/\| (PASS|MISS) \|/);
  expect(markdown).toMatch(/GraphQL \/ raw p50, bilateral/);
});
