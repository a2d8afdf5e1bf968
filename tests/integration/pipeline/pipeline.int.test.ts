// The real pipeline (parse → extract → resolve → write) over fixture files:
// the seed plus invented articles about the same relationship.
import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { toNative } from '../../../src/graph/toNative';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { parseArticle } from '../../../src/ingest/parse';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';
import { graphFingerprint } from '../graph/graphFingerprint';

const fixture = (name: string) => join(__dirname, '../../fixtures/graph', name);
const SEED = fixture('seed-report-az-2025-09-25.txt');
const DECLARATION = fixture('aze-chn-joint-declaration.txt');
const CORRECTED = fixture('aze-chn-joint-declaration-corrected.txt');
const WATER = fixture('kaz-uzb-water-talks.txt');

let driver: Driver;
let database: string;

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((record) => toNative<Record<string, unknown>>(record.toObject()));
}

const ingest = (paths: string[], force = false) => ingestFiles(paths, { driver, database, force });

beforeAll(async () => {
  driver = testDriver();
  database = testDatabase();
  await resetDatabase(driver);
  await applyMigrations(driver, database);
});

beforeEach(async () => {
  await resetDatabase(driver);
});

afterAll(async () => {
  await closeTestDriver();
});

describe('ingesting the seed through the real pipeline', () => {
  it('stores its facts, each with evidence whose offsets point at its sentence', async () => {
    const summary = await ingest([SEED]);
    expect(summary).toMatchObject({ files: 1, articles: { new: 1, failed: 0 }, failures: [] });
    expect(summary.relations).toBeGreaterThanOrEqual(16);

    const article = parseArticle(readFileSync(SEED), { fileName: SEED });
    const evidence = await query(
      'MATCH (ev:Evidence)-[:FROM]->(a:Article {id: $id}) RETURN ev.sentence AS sentence, ev.start AS start, ev.end AS end',
      { id: article.id },
    );
    expect(evidence.length).toBe(summary.evidence);
    for (const item of evidence) {
      expect(article.text.slice(item.start as number, item.end as number)).toBe(item.sentence);
    }
    const central = await query(
      `MATCH (a:Entity)-[r]->(b:Entity)
       WHERE type(r) IN ['VISITED', 'PARTNERSHIP', 'HOLDS_POSITION']
       RETURN type(r) AS type, a.id AS from, b.id AS to, r.date AS date ORDER BY type, from`,
    );
    expect(central).toEqual(
      expect.arrayContaining([
        { type: 'VISITED', from: 'ilham-aliyev', to: 'CHN', date: '2025' },
        { type: 'PARTNERSHIP', from: 'AZE', to: 'CHN', date: '2025' },
        { type: 'HOLDS_POSITION', from: 'lu-mei', to: 'CHN', date: '2025' },
      ]),
    );
  });
});

describe('the seed and an article about the same signing', () => {
  it('merges the agreement, and each shared fact has two evidences and the precise date', async () => {
    const summary = await ingest([SEED, DECLARATION]);
    expect(summary.articles).toEqual({ new: 2, unchanged: 0, replaced: 0, failed: 0 });

    const agreements = await query(
      `MATCH (p:Country)-[r:PARTY_TO]->(ag:Agreement)
       WHERE ag.name =~ '(?i).*strategic partnership.*'
       RETURN ag.id AS id, p.id AS party, r.date AS date, r.evidenceCount AS evidence ORDER BY party`,
    );
    expect(new Set(agreements.map((row) => row.id)).size).toBe(1);
    expect(agreements.map(({ party, date, evidence }) => ({ party, date, evidence }))).toEqual([
      { party: 'AZE', date: '2025-04-23', evidence: 2 },
      { party: 'CHN', date: '2025-04-23', evidence: 2 },
    ]);

    // The extractor is free to find more or less; what both articles assert is merged.
    const [partnership] = await query(
      `MATCH (a:Entity {id: 'AZE'})-[r:PARTNERSHIP]->(b:Entity {id: 'CHN'})
       RETURN r.date AS date, r.precision AS precision, size(r.articleIds) AS articles`,
    );
    expect(partnership).toEqual({ date: '2025-04-23', precision: 'day', articles: 2 });
  });

  it('a second run is a no-op', async () => {
    await ingest([SEED, DECLARATION, WATER]);
    const before = await graphFingerprint(driver, database);
    const again = await ingest([SEED, DECLARATION, WATER]);
    expect(again.articles).toEqual({ new: 0, unchanged: 3, replaced: 0, failed: 0 });
    await ingest([WATER, DECLARATION, SEED], true);
    expect(await graphFingerprint(driver, database)).toEqual(before);
  });

  it('a corrected version (same URL) replaces the old one', async () => {
    await resetDatabase(driver);
    await ingest([SEED, CORRECTED]);
    const expected = await graphFingerprint(driver, database);
    await resetDatabase(driver);
    await ingest([SEED, DECLARATION]);
    const summary = await ingest([CORRECTED]);
    expect(summary.articles).toEqual({ new: 0, unchanged: 0, replaced: 1, failed: 0 });
    expect(await graphFingerprint(driver, database)).toEqual(expected);
  });
});

describe('bad input', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'diplograph-ingest-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports each bad file or line as `file: reason` and ingests the others', async () => {
    await copyFile(WATER, join(dir, 'water.md'));
    await writeFile(join(dir, 'undated.txt'), 'Kazakhstan and China held talks in Astana.\n');
    await writeFile(join(dir, 'notes.csv'), 'ignored: not an article extension\n');
    await writeFile(
      join(dir, 'batch.jsonl'),
      [
        JSON.stringify({
          title: 'Talks in Astana',
          text: 'President Kassym-Jomart Tokayev met President Xi Jinping in Astana on 3 July 2024.',
          publishedAt: '2024-07-03',
          url: 'https://example.org/news/astana',
        }),
        '{"title": "broken',
      ].join('\n'),
    );
    const summary = await ingest([dir, join(dir, 'missing.txt')]);
    expect(summary.files).toBe(3);
    expect(summary.articles).toMatchObject({ new: 2, failed: 3 });
    expect(summary.failures.map((failure) => failure.where).sort()).toEqual(
      [join(dir, 'batch.jsonl:2'), join(dir, 'missing.txt'), join(dir, 'undated.txt')].sort(),
    );
    for (const failure of summary.failures) expect(failure.reason).not.toBe('');
    const articles = await query('MATCH (a:Article) RETURN count(a) AS n');
    expect(articles).toEqual([{ n: 2 }]);
  });
});
