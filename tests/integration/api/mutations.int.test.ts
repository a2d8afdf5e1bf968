// Ingestion and retraction through GraphQL (the CLI's pipeline behind the
// mutations), and who may call them: API keys, production, protected reads,
// and the Authorization header reaching the context over HTTP.
import type { Driver } from 'neo4j-driver';
import { buildApiSchema } from '../../../src/api/buildSchema';
import { startHttpServer } from '../../../src/api/http';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/config/logger';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import { createTestApi, freshGraph } from './apiHarness';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

const TALKS = [
  'Peru and Japan agree to expand trade',
  '',
  'Lima, 3 March 2025. Foreign Minister of Peru Ana Quispe met Foreign Minister of Japan Kenji Sato in Lima on Monday.',
  '',
  'The ministers discussed cooperation in trade and energy.',
].join('\n');
const TALKS_INPUT = {
  text: TALKS,
  publishedAt: '2025-03-03',
  url: 'https://handmade.example/peru-japan',
  source: 'Handmade Wire',
};
// A corrected version of the same story (same URL): it replaces the first.
const CORRECTED_INPUT = {
  ...TALKS_INPUT,
  text: TALKS.replace('trade and energy', 'trade, energy and tourism'),
};
const UNDATED_INPUT = { text: 'Officials met somewhere.\n\nNothing here says when.' };

const INGEST = `mutation ($input: ArticleInput!) {
  ingestArticle(input: $input) { articleId status replaced entities facts evidence error { code }
    article { title url source publishedAt facts { type from { id } to { id } } } }
}`;
const INGEST_MANY = `mutation ($inputs: [ArticleInput!]!) {
  ingestArticles(inputs: $inputs) { articleId status facts error { code reason message } }
}`;
const RETRACT = `mutation ($id: ID!) { retractArticle(id: $id) { articleId found factsDeleted entitiesDeleted } }`;

let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  await freshGraph(driver, testDatabase());
});

afterAll(async () => {
  await closeTestDriver();
});

describe('ingestion through GraphQL', () => {
  const api = () => createTestApi(driver, testDatabase());

  it('stores a new article, then finds it unchanged, then replaced by its corrected version', async () => {
    const first = await api().run<Answer>(INGEST, { variables: { input: TALKS_INPUT } });
    expect(first.errors).toBeUndefined();
    const stored = first.data.ingestArticle;
    expect(stored).toMatchObject({ status: 'NEW', replaced: [], error: null });
    expect(stored.articleId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(stored.facts).toBeGreaterThanOrEqual(3);
    expect(stored.article).toMatchObject({
      title: 'Peru and Japan agree to expand trade',
      url: 'https://handmade.example/peru-japan',
      source: 'Handmade Wire',
      publishedAt: '2025-03-03',
    });
    expect(stored.article.facts).toContainEqual({
      type: 'MET',
      from: { id: 'ana-quispe' },
      to: { id: 'kenji-sato' },
    });

    const again = await api().run<Answer>(INGEST, { variables: { input: TALKS_INPUT } });
    expect(again.data.ingestArticle).toMatchObject({
      status: 'UNCHANGED',
      articleId: stored.articleId,
      facts: 0,
    });

    const corrected = await api().run<Answer>(INGEST, { variables: { input: CORRECTED_INPUT } });
    expect(corrected.data.ingestArticle).toMatchObject({
      status: 'REPLACED',
      replaced: [stored.articleId],
    });
    const old = await api().run<Answer>(`query ($id: ID!) { article(id: $id) { id } }`, {
      variables: { id: stored.articleId },
    });
    expect(old.data.article).toBeNull();
    const tourism = await api().run<Answer>(
      `{ entity(id: "PER") { relations(types: [COOPERATES_ON]) { qualifiers { area { id } } } } }`,
    );
    expect(tourism.data.entity.relations.map((r: Answer) => r.qualifiers.area.id).sort()).toEqual([
      'energy',
      'tourism',
      'trade',
    ]);
  });

  it('refuses an article without a date as BAD_USER_INPUT, saying why', async () => {
    const result = await api().run(INGEST, { variables: { input: UNDATED_INPUT } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'NO_DATE' });
    expect(result.errors?.[0]?.message).toMatch(/date/i);
  });

  it('ingests a batch article by article, reporting each one', async () => {
    const other = {
      text: 'Chile and Peru sign a memorandum\n\nSantiago, 5 May 2025. Chile and Peru signed a memorandum on energy.',
      publishedAt: '2025-05-05',
    };
    const result = await api().run<Answer>(INGEST_MANY, {
      variables: { inputs: [CORRECTED_INPUT, UNDATED_INPUT, other] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticles.map((r: Answer) => r.status)).toEqual([
      'UNCHANGED',
      'FAILED',
      'NEW',
    ]);
    expect(result.data.ingestArticles[1]).toMatchObject({
      articleId: null,
      error: { code: 'BAD_USER_INPUT', reason: 'NO_DATE' },
    });
    const tooMany = await api().run(INGEST_MANY, {
      variables: { inputs: Array.from({ length: 101 }, () => TALKS_INPUT) },
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('retracts an article: its facts and the entities only it named go', async () => {
    const { data } = await api().run<Answer>(
      `{ articles(search: "Peru and Japan") { edges { node { id } } } }`,
    );
    const id = data.articles.edges[0].node.id;
    const retracted = await api().run<Answer>(RETRACT, { variables: { id } });
    expect(retracted.data.retractArticle).toMatchObject({ articleId: id, found: true });
    expect(retracted.data.retractArticle.factsDeleted).toBeGreaterThanOrEqual(3);
    const gone = await api().run<Answer>(`{ entity(id: "kenji-sato") { id } }`);
    expect(gone.data.entity).toBeNull();
    const twice = await api().run<Answer>(RETRACT, { variables: { id } });
    expect(twice.data.retractArticle).toMatchObject({ found: false, factsDeleted: 0 });
  });
});

describe('who may call what', () => {
  const RETRACT_NOTHING = `mutation { retractArticle(id: "sha256:none") { found } }`;
  const READ = `{ entities(first: 1) { totalCount } }`;
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'OK';

  it('with keys configured, mutations need one of them; reads stay open', async () => {
    const api = createTestApi(driver, testDatabase(), {
      DIPLOGRAPH_API_KEYS: 'first-key, second-key',
    });
    expect(codeOf(await api.run(RETRACT_NOTHING))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.run(RETRACT_NOTHING, { authorization: 'Bearer wrong-key' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await api.run(RETRACT_NOTHING, { authorization: 'Basic second-key' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await api.run(RETRACT_NOTHING, { authorization: 'Bearer second-key' }))).toBe(
      'OK',
    );
    expect(codeOf(await api.run(READ))).toBe('OK');
  });

  it('with no key configured, production refuses mutations; development allows them', async () => {
    const production = createTestApi(driver, testDatabase(), { NODE_ENV: 'production' });
    const refused = await production.run(RETRACT_NOTHING, { authorization: 'Bearer anything' });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(codeOf(await production.run(READ))).toBe('OK');
    expect(
      codeOf(
        await createTestApi(driver, testDatabase(), { NODE_ENV: 'development' }).run(
          RETRACT_NOTHING,
        ),
      ),
    ).toBe('OK');
  });

  it('protected reads need a key too; health stays open', async () => {
    const api = createTestApi(driver, testDatabase(), {
      DIPLOGRAPH_API_KEYS: 'k',
      DIPLOGRAPH_PROTECT_READS: 'true',
    });
    expect(codeOf(await api.run(READ))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.run(READ, { authorization: 'Bearer k' }))).toBe('OK');
    expect(codeOf(await api.run(`{ health { neo4j } }`))).toBe('OK');
  });

  it('over HTTP, the Authorization header reaches the decision', async () => {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      DIPLOGRAPH_API_KEYS: 'http-key',
    });
    const running = await startHttpServer({
      schema: buildApiSchema(),
      config: { ...config, PORT: 0 },
      driver,
      database: testDatabase(),
      logger: createLogger('silent'),
    });
    try {
      const post = async (headers: Record<string, string>) => {
        const response = await fetch(`${running.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query: RETRACT_NOTHING }),
        });
        return (await response.json()) as {
          data?: Answer;
          errors?: { extensions?: Record<string, unknown> }[];
        };
      };
      expect(codeOf(await post({}))).toBe('UNAUTHENTICATED');
      const allowed = await post({ authorization: 'Bearer http-key' });
      expect(allowed).toEqual({ data: { retractArticle: { found: false } } });
    } finally {
      await running.close();
    }
  });
});
