import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { retractArticle } from '../../../src/graph/retract/retractArticle';
import { toNative } from '../../../src/graph/toNative';
import { writeArticle, writeArticles } from '../../../src/graph/write/writeArticle';
import type { Extraction } from '../../../src/ingest/types';
import {
  aprilAgain,
  aprilVisit,
  augustVisit,
  comprehensive,
  newEnvoy,
  oldEnvoy,
  strategic,
  twiceThisYear,
} from '../../fixtures/time/timeArticles';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';
import { graphFingerprint } from './graphFingerprint';

let driver: Driver;
let database: string;

async function ingest(...extractions: Extraction[]) {
  for (const extraction of extractions) await writeArticle(driver, database, extraction);
}

async function facts(type: string, from: string, to: string) {
  const { records } = await driver.executeQuery(
    `MATCH (:Entity {id: $from})-[r:${type}]-(:Entity {id: $to})
     RETURN properties(r) AS r ORDER BY r.key`,
    { from, to },
    { database },
  );
  return records.map((record) => toNative<Record<string, unknown>>(record.get('r')));
}

async function evidenceArticles(factKey: string) {
  const { records } = await driver.executeQuery(
    'MATCH (ev:Evidence {factKey: $factKey}) RETURN ev.articleId AS id ORDER BY id',
    { factKey },
    { database },
  );
  return records.map((record) => record.get('id') as string);
}

async function fingerprintOf(...extractions: Extraction[]) {
  await resetDatabase(driver);
  await ingest(...extractions);
  return graphFingerprint(driver, database);
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

describe('events: one fact per occurrence', () => {
  it('keeps two visits in one year apart; "twice this year" attaches to neither alone', async () => {
    await ingest(twiceThisYear, augustVisit, aprilVisit, aprilAgain);
    const visits = await facts('VISITED', 'ilham-aliyev', 'CHN');
    expect(visits.map((visit) => visit.date)).toEqual(['2025', '2025-04-22', '2025-08-31']);
    const [twice, april, august] = visits;
    expect(twice).toMatchObject({
      count: 2,
      mayBe: [april?.key, august?.key],
      mayBeReason: '2 occurrences fit; stated count 2',
    });
    expect(april).toMatchObject({ kind: 'state', evidenceCount: 2 });
    expect(await evidenceArticles(april?.key as string)).toEqual(
      [aprilVisit.article.id, aprilAgain.article.id].sort(),
    );
    expect(await evidenceArticles(august?.key as string)).toEqual([augustVisit.article.id]);
  });

  it('gives the same occurrences whatever the order, one by one or in a batch', async () => {
    const forward = await fingerprintOf(aprilVisit, augustVisit, twiceThisYear, aprilAgain);
    const backward = await fingerprintOf(aprilAgain, twiceThisYear, augustVisit, aprilVisit);
    await resetDatabase(driver);
    await writeArticles(driver, database, [augustVisit, aprilAgain, aprilVisit, twiceThisYear]);
    expect(backward).toEqual(forward);
    expect(await graphFingerprint(driver, database)).toEqual(forward);
  });

  it('after a retraction, equals the graph of the remaining articles', async () => {
    const remaining = await fingerprintOf(aprilVisit, twiceThisYear, aprilAgain);
    await resetDatabase(driver);
    await ingest(aprilVisit, augustVisit, twiceThisYear, aprilAgain);
    await retractArticle(driver, database, augustVisit.article.id);
    expect(await graphFingerprint(driver, database)).toEqual(remaining);
  });
});

describe('states: validity that ends', () => {
  it("ends the predecessor's term at the successor's credentials; retracting the successor reopens it", async () => {
    await ingest(oldEnvoy, newEnvoy);
    const [oldAccreditation] = await facts('ACCREDITED_TO', 'old-envoy', 'AZE');
    const [newAccreditation] = await facts('ACCREDITED_TO', 'new-envoy', 'AZE');
    expect(oldAccreditation).toMatchObject({
      validTo: '2025-06-10',
      endedBy: newAccreditation?.key,
    });
    expect(newAccreditation?.validTo ?? null).toBeNull();
    const [oldPost] = await facts('HOLDS_POSITION', 'old-envoy', 'KAZ');
    expect(oldPost).toMatchObject({ validTo: '2025-06-10', endedBy: newAccreditation?.key });

    await retractArticle(driver, database, newEnvoy.article.id);
    const [reopened] = await facts('ACCREDITED_TO', 'old-envoy', 'AZE');
    expect(reopened?.validTo ?? null).toBeNull();
    expect(await graphFingerprint(driver, database)).toEqual(await fingerprintOf(oldEnvoy));
  });

  it('ends a partnership level when a higher one of the pair starts', async () => {
    await ingest(comprehensive, strategic);
    const levels = await facts('PARTNERSHIP', 'AZE', 'CHN');
    const higher = levels.find((level) => level.level === 'comprehensive strategic partnership');
    const lower = levels.find((level) => level.level === 'strategic partnership');
    expect(lower).toMatchObject({ validTo: '2025-04-23', endedBy: higher?.key });
    expect(higher?.validTo ?? null).toBeNull();
  });
});
