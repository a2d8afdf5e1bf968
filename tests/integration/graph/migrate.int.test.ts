import { MigrationError } from '../../../src/graph/errors';
import { applyMigrations } from '../../../src/graph/migrate/migrate';
import { readMigrations } from '../../../src/graph/migrate/migrationFiles';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ingest/types';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';

async function schemaSnapshot() {
  const database = testDatabase();
  const constraints = await testDriver().executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
    {},
    { database },
  );
  const indexes = await testDriver().executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state ORDER BY name',
    {},
    { database },
  );
  const migrations = await testDriver().executeQuery(
    'MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum, toString(m.appliedAt) AS appliedAt ORDER BY id',
    {},
    { database },
  );
  return {
    constraints: constraints.records.map((record) => record.toObject()),
    indexes: indexes.records.map((record) => record.toObject()),
    migrations: migrations.records.map((record) => record.toObject()),
  };
}

describe('applyMigrations', () => {
  beforeAll(async () => {
    await resetDatabase();
  });
  afterAll(async () => {
    await closeTestDriver();
  });

  it('applies every migration once, then changes nothing', async () => {
    const files = readMigrations();
    const first = await applyMigrations(testDriver(), testDatabase());
    // Another suite may have applied them already (the database is shared, schema stays).
    expect([...first.applied, ...first.skipped].sort()).toEqual(files.map((file) => file.id));
    const before = await schemaSnapshot();

    const second = await applyMigrations(testDriver(), testDatabase());
    expect(second).toEqual({ applied: [], skipped: files.map((file) => file.id) });
    expect(await schemaSnapshot()).toEqual(before);
    expect(before.migrations.map((migration) => migration.id)).toEqual(
      files.map((file) => file.id),
    );
  });

  it('creates an id constraint per entity kind, a key constraint per relation type and the name index', async () => {
    const { constraints, indexes } = await schemaSnapshot();
    const constrained = (label: string, property: string) =>
      constraints.some(
        (constraint) =>
          (constraint.labelsOrTypes as string[]).includes(label) &&
          (constraint.properties as string[]).includes(property),
      );
    for (const label of [...ENTITY_KINDS, 'Entity', 'Article']) {
      expect([label, constrained(label, 'id')]).toEqual([label, true]);
    }
    for (const type of RELATION_TYPES)
      expect([type, constrained(type, 'key')]).toEqual([type, true]);
    expect(constrained('Evidence', 'key')).toBe(true);
    const fulltext = indexes.find((index) => index.name === 'entity_names');
    expect(fulltext).toMatchObject({
      type: 'FULLTEXT',
      properties: ['name', 'aliases'],
      state: 'ONLINE',
    });
    expect([...(fulltext?.labelsOrTypes as string[])].sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('refuses a migration whose content changed after it was applied', async () => {
    const [first, ...rest] = readMigrations();
    if (first === undefined) throw new Error('no migrations');
    const edited = { ...first, checksum: 'sha256:edited' };
    await expect(applyMigrations(testDriver(), testDatabase(), [edited, ...rest])).rejects.toThrow(
      MigrationError,
    );
  });

  it('the full-text index finds entities by alias', async () => {
    await testDriver().executeQuery(
      "CREATE (:Entity:Country {id: 'CHN', kind: 'Country', name: 'China', aliases: ['PRC', 'Beijing']})",
      {},
      { database: testDatabase() },
    );
    await testDriver().executeQuery('CALL db.awaitIndexes(60)', {}, { database: testDatabase() });
    const { records } = await testDriver().executeQuery(
      "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id",
      { q: 'beijing' },
      { database: testDatabase() },
    );
    expect(records.map((record) => record.get('id'))).toEqual(['CHN']);
  });
});
