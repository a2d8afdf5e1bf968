import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of a file in tests/fixtures/articles. */
export function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, '../../fixtures/articles', name));
}

/** The user's sample article that ships with the repository. */
export function seedText(): string {
  return readFileSync(
    join(__dirname, '../../../data/samples/seed-report-az-2025-09-25.txt'),
    'utf8',
  );
}
