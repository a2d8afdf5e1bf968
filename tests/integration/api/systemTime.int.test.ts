// System time through the API: changes(since) lists exactly what an ingest
// added and a retraction removed (and the derived ends they moved), and
// asKnownAt before an ingest gives the older answer.
import type { Driver } from 'neo4j-driver';
import { retractArticle } from '../../../src/graph/retract/retractArticle';
import { writeArticle } from '../../../src/graph/write/writeArticle';
import { comprehensive, strategic } from '../../fixtures/time/timeArticles';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import type { TestApi } from './apiHarness';
import { createTestApi, freshGraph } from './apiHarness';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

let driver: Driver;
let api: TestApi;

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const result = await api.run<Answer>(query, { variables });
  expect(result.errors).toBeUndefined();
  return result.data;
}

/** The database's clock, strictly after everything written so far. */
async function now(): Promise<string> {
  const { records } = await driver.executeQuery(
    'RETURN toString(datetime()) AS now',
    {},
    { database: testDatabase() },
  );
  const at = records[0]?.get('now') as string;
  await new Promise((resolve) => setTimeout(resolve, 5));
  return at;
}

const CHANGES = `query ($since: DateTime!, $first: Int, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    nodes { kind type factKey articleIds validTo endedBy }
    pageInfo { hasNextPage endCursor }
  }
}`;

const LEVELS = `query ($knownAt: DateTime) {
  relations(filter: {between: ["AZE", "CHN"], asKnownAt: $knownAt}, first: 10) {
    edges { node { key qualifiers { level } } }
  }
  bilateral(a: "AZE", b: "CHN", asKnownAt: $knownAt) { partnership { qualifiers { level } } }
}`;

beforeAll(async () => {
  driver = testDriver();
  await freshGraph(driver, testDatabase());
  api = createTestApi(driver, testDatabase());
});

afterAll(async () => {
  await closeTestDriver();
});

describe('system time', () => {
  it('changes(since) lists what an ingest added and a retraction removed; asKnownAt answers as then', async () => {
    const start = await now();
    await writeArticle(driver, testDatabase(), strategic);
    const beforeUpgrade = await now();
    await writeArticle(driver, testDatabase(), comprehensive);
    const beforeRetraction = await now();

    const levels = (await run(LEVELS)).relations.edges;
    const strategicKey = levels.find(
      (e: Answer) => e.node.qualifiers.level === 'strategic partnership',
    ).node.key;
    const comprehensiveKey = levels.find(
      (e: Answer) => e.node.qualifiers.level === 'comprehensive strategic partnership',
    ).node.key;

    const added = (await run(CHANGES, { since: beforeUpgrade })).changes.nodes;
    expect(added).toEqual([
      {
        kind: 'ADDED',
        type: 'PARTNERSHIP',
        factKey: comprehensiveKey,
        articleIds: [comprehensive.article.id],
        validTo: null,
        endedBy: null,
      },
      {
        kind: 'ENDED',
        type: 'PARTNERSHIP',
        factKey: strategicKey,
        articleIds: [comprehensive.article.id],
        validTo: '2025-04-23',
        endedBy: comprehensiveKey,
      },
    ]);

    // The answer the graph gave before the upgrade was written.
    const then = await run(LEVELS, { knownAt: beforeUpgrade });
    expect(then.relations.edges.map((e: Answer) => e.node.key)).toEqual([strategicKey]);
    expect(then.bilateral.partnership.qualifiers.level).toBe('strategic partnership');
    const later = await run(LEVELS, { knownAt: beforeRetraction });
    expect(later.bilateral.partnership.qualifiers.level).toBe(
      'comprehensive strategic partnership',
    );

    await retractArticle(driver, testDatabase(), comprehensive.article.id);
    const removed = (await run(CHANGES, { since: beforeRetraction })).changes.nodes;
    expect(removed.map((c: Answer) => [c.kind, c.factKey, c.articleIds])).toEqual([
      ['REMOVED', comprehensiveKey, [comprehensive.article.id]],
      ['REOPENED', strategicKey, [comprehensive.article.id]],
    ]);

    // All of it since the start, a page at a time.
    const first = (await run(CHANGES, { since: start, first: 2 })).changes;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await run(CHANGES, { since: start, first: 10, after: first.pageInfo.endCursor }))
      .changes;
    expect([...first.nodes, ...rest.nodes].map((c: Answer) => c.kind)).toEqual([
      'ADDED',
      'ADDED',
      'ENDED',
      'REMOVED',
      'REOPENED',
    ]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // The retracted evidence is kept for audit, unseen by the facts.
    const { records } = await driver.executeQuery(
      'MATCH (ev:RetiredEvidence {articleId: $id}) RETURN ev.retiredAt IS NOT NULL AS retired',
      { id: comprehensive.article.id },
      { database: testDatabase() },
    );
    expect(records.map((record) => record.get('retired'))).toEqual([true]);
  });
});
