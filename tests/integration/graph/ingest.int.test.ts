import type { Driver } from 'neo4j-driver';
import { generateCorpus } from '../../../bench/corpus/generateCorpus';
import { extract } from '../../../src/ingest/extract/extract';
import { articleFromInput } from '../../../src/ingest/parse';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { readFactArticles } from '../../../src/graph/queries/bilateralQuery';
import { readEvidenceOfFacts } from '../../../src/graph/queries/evidenceQueries';
import { createReadRunner } from '../../../src/graph/queries/readRunner';
import { readRelationsPage } from '../../../src/graph/queries/relationQueries';
import { retractArticle } from '../../../src/graph/retract/retractArticle';
import { writeArticle, writeArticles } from '../../../src/graph/write/writeArticle';
import type { Extraction } from '../../../src/ingest/types';
import {
  correctedDeclarationExtraction,
  declarationExtraction,
  seedExtraction,
  waterTalksExtraction,
} from '../../fixtures/graph/extractions';
import { fixtureText } from '../../fixtures/graph/fixtureExtraction';
import { toNative } from '../../../src/graph/toNative';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';
import { graphFingerprint } from './graphFingerprint';

let driver: Driver;
let database: string;

const seed = seedExtraction();
const declaration = declarationExtraction();
const corrected = correctedDeclarationExtraction();
const water = waterTalksExtraction();

async function ingest(...extractions: Extraction[]) {
  const results = [];
  for (const extraction of extractions)
    results.push(await writeArticle(driver, database, extraction));
  return results;
}

async function fingerprint() {
  return graphFingerprint(driver, database);
}

/** The fingerprint of a fresh graph holding just these articles. */
async function fingerprintOf(...extractions: Extraction[]) {
  await resetDatabase(driver);
  await ingest(...extractions);
  return fingerprint();
}

async function query(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, { database });
  return records.map((record) => toNative<Record<string, unknown>>(record.toObject()));
}

async function fact(type: string, from: string, to: string, extra = '') {
  const rows = await query(
    `MATCH (a:Entity {id: $from})-[r:${type}]-(b:Entity {id: $to}) ${extra} RETURN properties(r) AS r`,
    { from, to },
  );
  return rows.map((row) => row.r as Record<string, unknown>);
}

async function evidenceOf(key: string) {
  return query(
    `MATCH (ev:Evidence {factKey: $key})-[:FROM]->(a:Article)
     RETURN a.id AS articleId, ev.sentence AS sentence, ev.start AS start, ev.end AS end, ev.confidence AS confidence
     ORDER BY a.publishedAt`,
    { key },
  );
}

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

describe('writing one article', () => {
  it('stores the seed’s facts, each with its evidence pointing into the article', async () => {
    const [result] = await ingest(seed);
    expect(result).toMatchObject({ status: 'new', facts: 16, entities: 12, skipped: [] });

    const facts = await query(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, r.key AS key ORDER BY key',
    );
    expect(facts).toHaveLength(16);

    const [visit] = await fact('VISITED', 'ilham-aliyev', 'CHN');
    expect(visit).toMatchObject({
      date: '2025',
      precision: 'year',
      count: 2,
      confidence: 0.9,
      articleIds: [seed.article.id],
      evidenceCount: 1,
    });
    const text = fixtureText('seed-report-az-2025-09-25.txt');
    const [evidence] = await evidenceOf(visit?.key as string);
    expect(evidence).toMatchObject({ articleId: seed.article.id });
    expect(text.slice(evidence?.start as number, evidence?.end as number)).toBe(evidence?.sentence);

    const [china] = await query(
      "MATCH (c:Entity:Country {id: 'CHN'}) RETURN c.name AS name, c.aliases AS aliases, c.kind AS kind, c.wikidata AS wikidata",
    );
    expect(china).toEqual({
      name: 'China',
      aliases: ['Beijing', 'Chinese', 'PRC', "People's Republic of China"],
      kind: 'Country',
      wikidata: 'Q148',
    });
    const [article] = await query(
      'MATCH (a:Article {id: $id})-[:MENTIONS]->(e) RETURN a.title AS title, a.source AS source, count(e) AS mentioned',
      { id: seed.article.id },
    );
    expect(article).toEqual({ title: seed.article.title, source: 'Report', mentioned: 12 });
  });

  it('stores a symmetric fact once, whichever way round an article states it', async () => {
    await ingest(seed, declaration);
    // The seed says CHN–AZE, the other article AZE–CHN: one relationship, stored AZE → CHN,
    // its level as the most trusted evidence (0.95) words it.
    const partnerships = await query(
      'MATCH (a:Entity)-[r:PARTNERSHIP]->(b:Entity) RETURN a.id AS from, b.id AS to, r.evidenceCount AS evidence, r.level AS level',
    );
    expect(partnerships).toEqual([
      { from: 'AZE', to: 'CHN', evidence: 2, level: 'Comprehensive Strategic Partnership' },
    ]);
  });
});

describe('merging articles about the same relationship', () => {
  it('resolves the agreement named differently to one node, with both names', async () => {
    const [, second] = await ingest(seed, declaration);
    expect(second?.resolutions).toEqual([
      {
        incomingId: 'joint-declaration-csp-aze-chn-2025',
        existingId: 'js-csp-2025',
        similarity: 1,
      },
    ]);
    const agreements = await query(
      'MATCH (a:Agreement) RETURN a.id AS id, a.name AS name, a.aliases AS aliases',
    );
    expect(agreements).toEqual([
      {
        id: 'js-csp-2025',
        name: 'Joint Statement on establishing a comprehensive strategic partnership',
        aliases: ['Joint Declaration establishing a comprehensive strategic partnership'],
      },
    ]);
    const parties = await query(
      "MATCH (p)-[r:PARTY_TO]->(:Agreement {id: 'js-csp-2025'}) RETURN p.id AS party, r.evidenceCount AS evidence, r.date AS date ORDER BY party",
    );
    expect(parties).toEqual([
      { party: 'AZE', evidence: 2, date: '2025-04-23' },
      { party: 'CHN', evidence: 2, date: '2025-04-23' },
    ]);
    const signers = await query(
      "MATCH (p:Person)-[:SIGNED]->(:Agreement {id: 'js-csp-2025'}) RETURN p.id AS id ORDER BY id",
    );
    expect(signers).toEqual([{ id: 'ilham-aliyev' }, { id: 'xi-jinping' }]);
  });

  it('keeps one relationship per fact with both evidences; the more precise date wins', async () => {
    await ingest(seed, declaration);
    const [partnership, ...others] = await fact('PARTNERSHIP', 'AZE', 'CHN');
    expect(others).toEqual([]);
    expect(partnership).toMatchObject({
      date: '2025-04-23',
      precision: 'day',
      confidence: 0.95,
      evidenceCount: 2,
      articleIds: [seed.article.id, declaration.article.id].sort(),
    });
    const evidence = await evidenceOf(partnership?.key as string);
    expect(evidence.map((item) => item.articleId)).toEqual([
      declaration.article.id,
      seed.article.id,
    ]);

    // "Visited China twice" (the seed) is no one visit: it stays apart, linked to the dated one.
    const visits = await fact('VISITED', 'ilham-aliyev', 'CHN', 'WITH r ORDER BY r.key');
    expect(visits).toMatchObject([
      { date: '2025', count: 2, evidenceCount: 1, mayBe: [visits[1]?.key] },
      { date: '2025-04-23', kind: 'state', evidenceCount: 1 },
    ]);
    expect(visits[1]).not.toHaveProperty('mayBe');

    const cooperation = await fact('COOPERATES_ON', 'AZE', 'CHN', "WHERE r.area = 'green-energy'");
    expect(cooperation).toHaveLength(1);
    expect(cooperation[0]).toMatchObject({ date: '2025-04-23', evidenceCount: 2 });
  });

  it('keeps facts that differ by a distinguishing qualifier apart', async () => {
    await ingest(seed, declaration);
    const roles = (await fact('HOLDS_POSITION', 'xi-jinping', 'CHN')).map((r) => r.role).sort();
    expect(roles).toEqual(['Chairman', 'President']);
  });

  it('accumulates aliases across articles', async () => {
    await ingest(seed, declaration);
    const [azerbaijan] = await query("MATCH (e:Entity {id: 'AZE'}) RETURN e.aliases AS aliases");
    expect(azerbaijan?.aliases).toEqual(['Azerbaijani', 'Baku', 'Republic of Azerbaijan']);
  });

  it('resolves in the other order too: the first name seen names the node', async () => {
    await ingest(declaration, seed);
    const agreements = await query('MATCH (a:Agreement) RETURN a.id AS id, a.aliases AS aliases');
    expect(agreements).toEqual([
      {
        id: 'joint-declaration-csp-aze-chn-2025',
        aliases: ['Joint Statement on establishing a comprehensive strategic partnership'],
      },
    ]);
  });
});

describe('idempotence', () => {
  it('ingesting the same articles again changes nothing', async () => {
    await ingest(seed, declaration, water);
    const before = await fingerprint();
    const again = await ingest(seed, declaration, water);
    expect(again.map((result) => result.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await fingerprint()).toEqual(before);
  });

  it('rewriting the same articles (forced) leaves the same graph', async () => {
    await ingest(seed, declaration, water);
    const before = await fingerprint();
    for (const extraction of [declaration, seed, water]) {
      await writeArticle(driver, database, extraction, { force: true });
    }
    expect(await fingerprint()).toEqual(before);
  });
});

describe('retraction', () => {
  it('leaves the graph the remaining articles alone would give', async () => {
    const expected = await fingerprintOf(seed, water);
    await resetDatabase(driver);
    await ingest(seed, declaration, water);
    const result = await retractArticle(driver, database, declaration.article.id);
    expect(result).toMatchObject({ found: true });
    expect(result.factsDeleted).toBeGreaterThan(0);
    expect(result.entitiesDeleted).toBe(1);
    expect(await fingerprint()).toEqual(expected);
  });

  it('keeps shared facts with the remaining evidence and removes exclusive facts and orphans', async () => {
    await ingest(seed, declaration);
    await retractArticle(driver, database, declaration.article.id);
    const [partnership] = await fact('PARTNERSHIP', 'AZE', 'CHN');
    expect(partnership).toMatchObject({
      date: '2025',
      precision: 'year',
      evidenceCount: 1,
      confidence: 0.8,
      articleIds: [seed.article.id],
    });
    expect(await fact('MET', 'ilham-aliyev', 'xi-jinping')).toEqual([]);
    expect(await query("MATCH (e:Entity {id: 'jeyhun-bayramov'}) RETURN e")).toEqual([]);
    expect(
      await query('MATCH (a:Article {id: $id}) RETURN a', { id: declaration.article.id }),
    ).toEqual([]);
    expect(
      await query('MATCH (ev:Evidence {articleId: $id}) RETURN ev', { id: declaration.article.id }),
    ).toEqual([]);
  });

  it('retracting the last article empties the graph', async () => {
    await ingest(water);
    await retractArticle(driver, database, water.article.id);
    expect(await fingerprint()).toEqual([]);
  });

  it('retracting an unknown article changes nothing', async () => {
    await ingest(seed);
    const before = await fingerprint();
    const result = await retractArticle(driver, database, 'sha256:unknown');
    expect(result).toMatchObject({ found: false, factsDeleted: 0, entitiesDeleted: 0 });
    expect(await fingerprint()).toEqual(before);
  });
});

describe('a new version of an article', () => {
  it('replaces what the old version asserted', async () => {
    const expected = await fingerprintOf(seed, corrected);
    await resetDatabase(driver);
    await ingest(seed, declaration);
    const [result] = await ingest(corrected);
    expect(result).toMatchObject({ status: 'replaced', replaced: [declaration.article.id] });
    expect(await fingerprint()).toEqual(expected);
    expect(await fact('COOPERATES_ON', 'AZE', 'CHN', "WHERE r.area = 'green-energy'")).toEqual([
      expect.objectContaining({ date: '2025', articleIds: [seed.article.id] }),
    ]);
  });
});

describe('atomicity', () => {
  it('a failure inside the transaction leaves nothing of the article', async () => {
    await ingest(seed);
    const before = await fingerprint();
    await expect(
      writeArticle(driver, database, declaration, {
        beforeCommit: async (tx) => {
          await tx.run('RETURN 1 / 0 AS boom');
        },
      }),
    ).rejects.toThrow();
    expect(await fingerprint()).toEqual(before);
    expect(
      await query('MATCH (a:Article {id: $id}) RETURN a', { id: declaration.article.id }),
    ).toEqual([]);
  });

  it('a failure while replacing keeps the old version whole', async () => {
    await ingest(seed, declaration);
    const before = await fingerprint();
    await expect(
      writeArticle(driver, database, corrected, {
        beforeCommit: async () => {
          throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    expect(await fingerprint()).toEqual(before);
  });
});

describe('reading a pair’s facts through the public reads', () => {
  it('returns every fact between two entities, either direction, with evidence most confident first', async () => {
    await ingest(seed, declaration);
    const reader = createReadRunner({ driver, database, timeoutMs: 10_000 });
    const between = async (a: string, b: string) =>
      (await readRelationsPage(reader, { between: [a, b] }, 'DATE_ASC', null, 100)).rows.map(
        (row) => row.relation,
      );
    const facts = await between('CHN', 'AZE');
    const types = facts.map((fact) => fact.type);
    expect(types.filter((type) => type === 'COOPERATES_ON')).toHaveLength(6);
    expect(types.filter((type) => type === 'SUPPORTS')).toHaveLength(2);
    const partnership = facts.find((fact) => fact.type === 'PARTNERSHIP');
    expect(partnership).toMatchObject({ date: '2025-04-23', evidenceCount: 2 });
    const key = partnership?.key ?? '';
    expect((await readFactArticles(reader, [key], 10)).articleCount).toBe(2);
    const evidence = (await readEvidenceOfFacts(reader, [key])).get(key) ?? [];
    expect(evidence.map((item) => [item.articleId, item.confidence])).toEqual([
      [declaration.article.id, 0.95],
      [seed.article.id, 0.8],
    ]);
    expect(evidence[0]?.article).toMatchObject({
      title: declaration.article.title,
      url: declaration.article.url,
    });
    expect(await between('AZE', 'KAZ')).toEqual([]);
  });
});

describe('concurrent writers', () => {
  // A syndicated copy: another article (id, URL) asserting the same facts.
  const syndicated: Extraction = {
    ...declaration,
    article: { ...declaration.article, id: 'sha256:syndicated', url: 'https://example.org/copy' },
  };

  it('articles sharing facts written at once give the graph of writing them in turn', async () => {
    const expected = await fingerprintOf(seed, declaration, syndicated, water);
    for (let round = 0; round < 3; round += 1) {
      await resetDatabase(driver);
      // Resolution sees committed agreements only, so the agreement exists first.
      await ingest(seed);
      await Promise.all(
        [declaration, syndicated, water].map((extraction) =>
          writeArticle(driver, database, extraction),
        ),
      );
      expect(await fingerprint()).toEqual(expected);
    }
    const [partnership] = await fact('PARTNERSHIP', 'AZE', 'CHN');
    expect(partnership).toMatchObject({ evidenceCount: 3, articleCount: 3 });
  });
});

describe('writing a batch of articles in one transaction', () => {
  it('gives the graph of writing them one by one, including a new version within the batch', async () => {
    const expected = await fingerprintOf(seed, declaration, water, corrected);
    await resetDatabase(driver);
    const written = await writeArticles(driver, database, [seed, declaration, water, corrected]);
    expect(written.map((item) => item.ok && item.result.status)).toEqual([
      'new',
      'new',
      'new',
      'replaced',
    ]);
    expect(await fingerprint()).toEqual(expected);
    const again = await writeArticles(driver, database, [seed, water]);
    expect(again.map((item) => item.ok && item.result.status)).toEqual(['unchanged', 'unchanged']);
    expect(await fingerprint()).toEqual(expected);
  });

  it('writes the others and reports the one article Neo4j refuses', async () => {
    const expected = await fingerprintOf(seed, water);
    await resetDatabase(driver);
    // A property Neo4j cannot store (a map) fails that article's statements.
    const refused: Extraction = {
      ...declaration,
      article: { ...declaration.article, section: { nested: true } as unknown as string },
    };
    const written = await writeArticles(driver, database, [seed, refused, water]);
    expect(written.map((item) => item.ok)).toEqual([true, false, true]);
    expect(written[1]).toMatchObject({ ok: false, error: expect.any(Error) });
    expect(await fingerprint()).toEqual(expected);
  });
});

describe('retraction under a held lock', () => {
  it('gives up after its transaction timeout with GRAPH_TIMEOUT and changes nothing', async () => {
    await ingest(seed);
    const before = await fingerprint();
    const session = driver.session({ database });
    const blocker = await session.beginTransaction();
    try {
      // Another writer holds the article's lock until it commits.
      await blocker.run('MATCH (a:Article {id: $id}) SET a._held = true', { id: seed.article.id });
      await expect(
        retractArticle(driver, database, seed.article.id, { timeoutMs: 500 }),
      ).rejects.toMatchObject({ code: 'GRAPH_TIMEOUT' });
    } finally {
      await blocker.rollback();
      await session.close();
    }
    expect(await fingerprint()).toEqual(before);
  });
});

describe('batches of generated news', () => {
  // Articles across many pairs, sharing countries, officials and agreements.
  const generated = [...generateCorpus({ articles: 120, seed: 5 })].map((item) =>
    extract(articleFromInput(item)),
  );

  it('give, in batches, the graph of writing the articles one by one', async () => {
    const expected = await fingerprintOf(...generated);
    await resetDatabase(driver);
    for (let start = 0; start < generated.length; start += 40) {
      const written = await writeArticles(driver, database, generated.slice(start, start + 40));
      expect(written.every((item) => item.ok)).toBe(true);
    }
    expect(await fingerprint()).toEqual(expected);
  });
});
