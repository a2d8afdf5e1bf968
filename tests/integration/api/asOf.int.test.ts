// `asOf` on every read, through the API on the sample articles plus two
// articles written for these tests (an ambassador succeeded in June 2025).
import type { Driver } from 'neo4j-driver';
import { writeArticle } from '../../../src/graph/write/writeArticle';
import { newEnvoy, oldEnvoy } from '../../fixtures/time/timeArticles';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import type { TestApi } from './apiHarness';
import { createTestApi, freshGraph, loadSamples } from './apiHarness';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

let driver: Driver;
let api: TestApi;

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const result = await api.run<Answer>(query, { variables });
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  driver = testDriver();
  await freshGraph(driver, testDatabase());
  await loadSamples(driver, testDatabase());
  await writeArticle(driver, testDatabase(), oldEnvoy);
  await writeArticle(driver, testDatabase(), newEnvoy);
  api = createTestApi(driver, testDatabase());
});

afterAll(async () => {
  await closeTestDriver();
});

const DOSSIER = `query ($asOf: PartialDate) {
  bilateral(a: "CHN", b: "AZE", asOf: $asOf) {
    partnership { date validTo qualifiers { level } }
    partnershipHistory { date validTo endedBy qualifiers { level } }
    b { visits { date } }
  }
}`;

describe('asOf', () => {
  it('bilateral answers differ before and after the partnership upgrade', async () => {
    const before = (await run(DOSSIER, { asOf: '2025-01-01' })).bilateral;
    expect(before.partnership).toMatchObject({
      qualifiers: { level: 'strategic partnership' },
      validTo: '2025-04-23',
    });
    expect(before.partnershipHistory).toHaveLength(1);
    expect(before.b.visits).toEqual([]);

    const after = (await run(DOSSIER, { asOf: '2025-05-01' })).bilateral;
    expect(after.partnership).toMatchObject({
      qualifiers: { level: 'comprehensive strategic partnership' },
      validTo: null,
    });
    expect(after.partnershipHistory.map((p: Answer) => p.qualifiers.level)).toEqual([
      'comprehensive strategic partnership',
    ]);
    expect(after.b.visits.map((v: Answer) => v.date)).toEqual(['2025-04-23']);
  });

  it('without asOf, the dossier shows current and past levels and envoys with their terms', async () => {
    const all = (await run(DOSSIER)).bilateral;
    expect(all.partnership.qualifiers.level).toBe('comprehensive strategic partnership');
    const strategic = all.partnershipHistory.find(
      (p: Answer) => p.qualifiers.level === 'strategic partnership',
    );
    expect(strategic).toMatchObject({ date: '2024-07', validTo: '2025-04-23' });
    const envoys = `{ bilateral(a: "KAZ", b: "AZE") { a { envoys { person { id } since until } } } }`;
    expect((await run(envoys)).bilateral.a.envoys).toEqual([
      { person: { id: 'new-envoy' }, since: '2025-06-10', until: null },
      { person: { id: 'old-envoy' }, since: '2024-03-01', until: '2025-06-10' },
    ]);
  });

  it('officials(asOf) follows the derived terms', async () => {
    const query = `query ($asOf: PartialDate) {
      officials(country: "KAZ", role: "Ambassador", accreditedTo: "AZE", asOf: $asOf) { person { id } }
    }`;
    const ids = async (asOf: string) =>
      (await run(query, { asOf })).officials.map((o: Answer) => o.person.id);
    expect(await ids('2024-12-31')).toEqual(['old-envoy']);
    expect(await ids('2025-07-01')).toEqual(['new-envoy']);
  });

  it('relations, entity relations, timeline and path take asOf', async () => {
    const relations = `query ($asOf: PartialDate) {
      relations(filter: {between: ["AZE", "CHN"], types: [PARTNERSHIP], asOf: $asOf}, first: 10) {
        edges { node { qualifiers { level } } }
      }
    }`;
    const levels = async (asOf: string) =>
      (await run(relations, { asOf })).relations.edges.map((e: Answer) => e.node.qualifiers.level);
    expect(await levels('2024-12')).toEqual(['strategic partnership']);
    expect(await levels('2025-06')).toEqual(['comprehensive strategic partnership']);

    const entity = `query ($asOf: PartialDate) {
      entity(id: "old-envoy") { relations(asOf: $asOf) { type } }
    }`;
    expect((await run(entity, { asOf: '2024-06' })).entity.relations).toHaveLength(2);
    expect((await run(entity, { asOf: '2025-07' })).entity.relations).toHaveLength(0);

    const timeline = `query ($asOf: PartialDate) {
      timeline(entityIds: ["ilham-aliyev"], types: [VISITED], asOf: $asOf) { date }
    }`;
    // The vague "two visits this year" (2025) is not known to have happened by May.
    expect((await run(timeline, { asOf: '2025-05' })).timeline.map((f: Answer) => f.date)).toEqual([
      '2025-04-23',
    ]);
    expect((await run(timeline, { asOf: '2025' })).timeline.map((f: Answer) => f.date)).toEqual([
      '2025',
      '2025-04-23',
      '2025-08-31',
    ]);

    const path = `query ($asOf: PartialDate) {
      path(from: "old-envoy", to: "AZE", maxHops: 1, asOf: $asOf) { length }
    }`;
    expect((await run(path, { asOf: '2024-06' })).path).toHaveLength(1);
    expect((await run(path, { asOf: '2025-07' })).path).toHaveLength(0);
  });
});
