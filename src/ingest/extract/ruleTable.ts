// Rule tables are data files in data/rules/ (STYLE: word lists are data).
// They are read once, relative to the package root, from src/ or dist/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const cache = new Map<string, unknown>();

function rulesDir(): string {
  for (const up of [
    ['..', '..', '..'],
    ['..', '..', '..', '..'],
  ]) {
    const dir = join(__dirname, ...up, 'data', 'rules');
    if (existsSync(dir)) return dir;
  }
  throw new Error('data/rules not found next to the package');
}

/** Parsed contents of data/rules/NAME.json, cached. */
export function ruleTable<T>(name: string): T {
  let table = cache.get(name);
  if (table === undefined) {
    table = JSON.parse(readFileSync(join(rulesDir(), `${name}.json`), 'utf8')) as unknown;
    cache.set(name, table);
  }
  return table as T;
}
