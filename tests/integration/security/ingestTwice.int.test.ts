// Property: ingesting the same files again (plainly or with --force) leaves
// exactly the graph the first ingest made, whatever the articles say.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import { freshGraph } from '../api/apiHarness';
import { graphFingerprint } from '../graph/graphFingerprint';
import type { ArticleSpec } from '../faults/generatedArticles';
import { articleText } from '../faults/generatedArticles';
import { graphDuplicates } from './graphDuplicates';

const driver = testDriver();
const database = testDatabase();
const root = mkdtempSync(join(tmpdir(), 'diplograph-twice-'));

beforeAll(() => freshGraph(driver, database));

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await closeTestDriver();
});

const spec: fc.Arbitrary<ArticleSpec> = fc.record({
  host: fc.nat(5),
  guest: fc.nat(5),
  person: fc.nat(4),
  month: fc.nat(5),
  day: fc.nat(26),
  areas: fc.array(fc.nat(5), { maxLength: 3 }),
  signed: fc.boolean(),
  serial: fc.nat(3),
});

it('ingest twice = same graph (and --force rewrites to the same graph)', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 3 }), async (specs) => {
      run += 1;
      const files = specs.map((item, i) => {
        const path = join(root, `run-${run}-${i}.md`);
        writeFileSync(path, articleText(item));
        return path;
      });
      // Empty but migrated (re-running the migrations each time would cost seconds).
      await driver.executeQuery(
        'MATCH (n) WHERE NOT n:Migration DETACH DELETE n',
        {},
        { database },
      );
      const first = await ingestFiles(files, { driver, database });
      expect(first.failures).toEqual([]);
      const once = await graphFingerprint(driver, database);

      const second = await ingestFiles(files, { driver, database });
      expect(second.articles.new + second.articles.replaced).toBe(0);
      expect(await graphFingerprint(driver, database)).toEqual(once);

      await ingestFiles(files, { driver, database, force: true });
      expect(await graphFingerprint(driver, database)).toEqual(once);
      expect(await graphDuplicates(driver, database)).toEqual([]);
    }),
    { numRuns: 5, seed: 20251129 },
  );
});
