import {
  migrationChecksum,
  readMigrations,
  splitCypherStatements,
} from '../../../src/graph/migrate/migrationFiles';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ingest/types';

describe('splitCypherStatements', () => {
  it('splits at `;` ending a line and drops comment lines', () => {
    const content = [
      '// header',
      'CREATE INDEX a IF NOT EXISTS',
      'FOR (n:A) ON (n.x);',
      '  // indented comment',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);   ',
      '',
    ].join('\r\n');
    expect(splitCypherStatements(content)).toEqual([
      'CREATE INDEX a IF NOT EXISTS\nFOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  it('keeps a `;` inside a line', () => {
    expect(splitCypherStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('migrationChecksum', () => {
  it('ignores line-ending style only', () => {
    expect(migrationChecksum('a\r\nb')).toBe(migrationChecksum('a\nb'));
    expect(migrationChecksum('a\nb')).not.toBe(migrationChecksum('a\nc'));
  });
});

describe('cypher/migrations', () => {
  const migrations = readMigrations();
  const statements = migrations.flatMap((migration) => migration.statements);

  it('are numbered, in order, and every statement is idempotent', () => {
    expect(migrations.map((migration) => migration.id)).toEqual(
      [...migrations.map((migration) => migration.id)].sort(),
    );
    for (const statement of statements) {
      // Schema changes say IF NOT EXISTS; data backfills only touch what is not yet set.
      if (/^(CREATE|DROP) /.test(statement)) expect(statement).toContain('IF NOT EXISTS');
      else expect(statement).toMatch(/^MATCH .* WHERE \S+ IS NULL\s+SET /s);
    }
  });

  it('constrain the id of every entity kind and the key of every relation type', () => {
    for (const kind of [...ENTITY_KINDS, 'Entity', 'Article']) {
      expect(statements).toContainEqual(
        expect.stringMatching(new RegExp(`FOR \\(n:${kind}\\) REQUIRE n\\.id IS UNIQUE$`)),
      );
    }
    for (const type of RELATION_TYPES) {
      expect(statements).toContainEqual(
        expect.stringMatching(
          new RegExp(`FOR \\(\\)-\\[r:${type}\\]-\\(\\) REQUIRE r\\.key IS UNIQUE$`),
        ),
      );
    }
  });

  it('index names and aliases of every entity kind for full-text search', () => {
    const fulltext = statements.find((statement) => statement.includes('entity_names'));
    expect(fulltext).toContain('ON EACH [n.name, n.aliases]');
    for (const kind of ENTITY_KINDS) expect(fulltext).toMatch(new RegExp(`[(:|]${kind}[|)]`));
  });
});
