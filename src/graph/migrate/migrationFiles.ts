// Reading cypher/migrations: files named NNN-name.cypher, applied in name
// order, each identified by its name and checksummed by its content.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface MigrationFile {
  id: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration into statements: `;` ends a statement at the end of a line; `//` lines are comments. */
export function splitCypherStatements(content: string): string[] {
  const code = content
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
  return code
    .split(/;[ \t]*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export function migrationChecksum(content: string): string {
  return `sha256:${createHash('sha256').update(content.replace(/\r\n?/g, '\n')).digest('hex')}`;
}

/** cypher/migrations of the package, found from here whether running from src/ or dist/. */
export function defaultMigrationsDir(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'cypher', 'migrations');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`cypher/migrations not found above ${start}`);
  }
}

const MIGRATION_NAME = /^(\d{3})-[a-z0-9-]+\.cypher$/;

export function readMigrations(dir: string = defaultMigrationsDir()): MigrationFile[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_NAME.test(name))
    .sort()
    .map((name) => {
      const content = readFileSync(join(dir, name), 'utf8');
      return {
        id: name.replace(/\.cypher$/, ''),
        checksum: migrationChecksum(content),
        statements: splitCypherStatements(content),
      };
    });
}
