// Messy and hostile input, through the CLI's pipeline (ingestFiles) and the
// GraphQL API: each refused with a clear reason, and the graph left exactly
// as it was (fingerprint before = after).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import type { TestApi } from '../api/apiHarness';
import { createTestApi, freshGraph, loadSamples } from '../api/apiHarness';
import { graphFingerprint } from '../graph/graphFingerprint';
import { graphDuplicates } from './graphDuplicates';

const driver = testDriver();
const database = testDatabase();
const dir = mkdtempSync(join(tmpdir(), 'diplograph-bad-input-'));
let api: TestApi;
let baseline: string[];

const HOSTILE = [
  '"}) MATCH (n) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  'name:* OR *',
  '*:*',
  '\\',
  'a" OR 1=1 --',
  '${process.exit()}',
  '") { id } __schema { types { name } } #',
];

const dated = (body: string) =>
  `---\ndate: 2025-03-04\ntitle: Testing hostile names\n---\n${body}\n`;

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function ingestOne(path: string) {
  return ingestFiles([path], { driver, database });
}

beforeAll(async () => {
  await freshGraph(driver, database);
  await loadSamples(driver, database);
  baseline = await graphFingerprint(driver, database);
  api = createTestApi(driver, database);
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeTestDriver();
});

describe('bad files through ingestFiles: a reason each, nothing written', () => {
  const big = Buffer.alloc(10 * 1024 * 1024, 'word ');
  it.each<[string, string, string | Buffer]>([
    ['empty.txt', 'EMPTY', ''],
    ['blank.txt', 'EMPTY', '   \n\n\t \n'],
    ['binary.txt', 'BINARY', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00])],
    ['nul.txt', 'BINARY', dated('The minister\u0000 spoke.')],
    ['latin1.txt', 'NOT_UTF8', Buffer.from('date: 2025-01-02\n\nCaf\xe9 talks in Baku.', 'latin1')],
    ['huge.txt', 'TOO_LARGE', big],
    ['undated.txt', 'NO_DATE', 'Ministers of two countries met and discussed trade.\n'],
    ['broken.json', 'BAD_JSON', '{"text": "Ministers met", "publishedAt": '],
  ])('%s is refused as %s', async (name, code, content) => {
    const summary = await ingestOne(file(name, content));
    expect(summary.articles).toMatchObject({ new: 0, replaced: 0, failed: 1 });
    expect(summary.failures[0]?.reason).toMatch(new RegExp(`\\(${code}\\)$`));
    expect(summary.failures[0]?.where).toContain(name);
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });

  it('reports a malformed JSON Lines line and ingests the others', async () => {
    const article = (day: number, who: string) =>
      JSON.stringify({
        text: `${who} visited Baku on ${day} May 2025 and met officials of Azerbaijan.`,
        publishedAt: `2025-05-${String(day).padStart(2, '0')}`,
        title: `Visit ${day}`,
      });
    const lines = [
      article(10, 'A trade delegation'),
      '{"text": "cut off',
      article(11, 'A youth delegation'),
    ];
    const summary = await ingestOne(file('mixed.jsonl', `${lines.join('\n')}\n`));
    expect(summary.articles.new).toBe(2);
    expect(summary.failures).toEqual([
      {
        where: expect.stringMatching(/mixed\.jsonl:2$/),
        reason: expect.stringMatching(/BAD_JSON/),
      },
    ]);
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.title IN ["Visit 10", "Visit 11"] RETURN count(a) AS n',
      {},
      { database },
    );
    expect(Number(records[0]?.get('n'))).toBe(2);
    // Back to the baseline for the tests that follow.
    await freshGraph(driver, database);
    await loadSamples(driver, database);
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });

  it('stores hostile strings in titles and text as plain data', async () => {
    const body = HOSTILE.map((text) => `President Ilham Aliyev said "${text}" in Baku.`).join(
      '\n\n',
    );
    const title = `Hostile ${HOSTILE[0]}`;
    const summary = await ingestOne(
      file('hostile.md', `---\ndate: 2025-03-04\ntitle: ${JSON.stringify(title)}\n---\n${body}\n`),
    );
    expect(summary.failures).toEqual([]);
    expect(summary.articles.new).toBe(1);
    const after = await graphFingerprint(driver, database);
    // Everything that was there is still there, plus the article and what it asserted.
    expect(after).toEqual(expect.arrayContaining(baseline));
    const { records } = await driver.executeQuery(
      'MATCH (a:Article {title: $title}) RETURN a.id AS id',
      { title },
      { database },
    );
    expect(records).toHaveLength(1);
    expect(await graphDuplicates(driver, database)).toEqual([]);
    const retracted = await api.run(
      'mutation ($id: ID!) { retractArticle(id: $id) { __typename } }',
      { variables: { id: records[0]?.get('id') } },
    );
    expect(retracted.errors).toBeUndefined();
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });
});

describe('bad input through the GraphQL API', () => {
  const INGEST = `mutation ($input: ArticleInput!) {
    ingestArticle(input: $input) { status articleId } }`;

  it.each([
    ['empty text', 'EMPTY', { text: '', publishedAt: '2025-01-01' }],
    ['whitespace', 'EMPTY', { text: ' \n\t ', publishedAt: '2025-01-01' }],
    [
      'a NUL byte',
      'BINARY',
      { text: 'The envoy\u0000 arrived in Baku.', publishedAt: '2025-01-01' },
    ],
    ['no date', 'NO_DATE', { text: 'The envoy arrived in Baku and met the minister.' }],
    ['an unreadable date', 'BAD_DATE', { text: 'The envoy arrived.', publishedAt: 'soon' }],
    ['10 MB', 'TOO_LARGE', { text: 'word '.repeat(2 * 1024 * 1024), publishedAt: '2025-01-01' }],
  ])('ingestArticle with %s is BAD_USER_INPUT %s', async (_name, reason, input) => {
    const answer = await api.run(INGEST, { variables: { input } });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason });
    expect(answer.errors?.[0]?.message.length).toBeLessThan(300);
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });

  it('ingestArticles keeps going past a refused article and reports it', async () => {
    const answer = await api.run<{ ingestArticles: { status: string; error: unknown }[] }>(
      `mutation ($inputs: [ArticleInput!]!) {
        ingestArticles(inputs: $inputs) { status error { code reason } } }`,
      { variables: { inputs: [{ text: '' }, { text: 'No date here at all.' }] } },
    );
    expect(answer.data?.ingestArticles).toEqual([
      { status: 'FAILED', error: { code: 'BAD_USER_INPUT', reason: 'EMPTY' } },
      { status: 'FAILED', error: { code: 'BAD_USER_INPUT', reason: 'NO_DATE' } },
    ]);
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });

  it.each(HOSTILE.concat(['\u0000', '', ' ', '((((', 'AND', '~', 'a'.repeat(5000)]))(
    'entities(search: %j) answers without error or harm',
    async (search) => {
      const answer = await api.run<{ entities: { totalCount: number } }>(
        'query ($s: String) { entities(search: $s, first: 5) { totalCount edges { node { id } } } }',
        { variables: { s: search } },
      );
      const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
      // A clear refusal is fine; an internal error (Lucene parse failure leaking) is not.
      expect(codes.filter((code) => code !== 'BAD_USER_INPUT')).toEqual([]);
      if (!answer.errors) expect(answer.data?.entities.totalCount).toBeGreaterThanOrEqual(0);
      const literal = await api.run(
        `{ entities(search: ${JSON.stringify(search)}, first: 5) { totalCount } }`,
      );
      expect(literal.errors?.map((e) => e.extensions?.code) ?? []).not.toContain(
        'INTERNAL_SERVER_ERROR',
      );
      expect(await graphFingerprint(driver, database)).toEqual(baseline);
    },
  );

  it('finds real entities even next to Lucene syntax', async () => {
    const answer = await api.run<{ entities: { edges: { node: { id: string } }[] } }>(
      '{ entities(search: "Aliyev OR *", first: 5) { edges { node { id } } } }',
    );
    expect(answer.errors).toBeUndefined();
  });

  it('answers null or a clear error for unknown ids, never an internal error', async () => {
    const unknown = HOSTILE[0] as string;
    const answer = await api.run<Record<string, unknown>>(
      `query ($id: ID!) {
        entity(id: $id) { id }
        article(id: $id) { id }
        country: entity(id: "XXX") { id } }`,
      { variables: { id: unknown } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ entity: null, article: null, country: null });
    for (const query of [
      `{ bilateral(a: ${JSON.stringify(unknown)}, b: "AZE") { articleCount } }`,
      '{ bilateral(a: "Atlantis", b: "AZE") { articleCount } }',
      '{ officials(country: "Narnia") { role } }',
      '{ path(from: "nobody-at-all", to: "SCO") { length } }',
      '{ timeline(entityIds: ["ZZZ", "nobody-at-all"]) { type } }',
      '{ relations(filter: { entity: "nobody-at-all" }, first: 5) { totalCount } }',
    ]) {
      const result = await api.run(query);
      for (const error of result.errors ?? []) {
        expect([query, error.extensions?.code]).toEqual([query, 'BAD_USER_INPUT']);
        // The message may quote the input back, but nothing of the database or the code.
        expect(error.message.replace(unknown, '')).not.toMatch(/MATCH|RETURN|Neo4j|\bat \S+:\d/);
      }
    }
    expect(await graphFingerprint(driver, database)).toEqual(baseline);
  });
});
