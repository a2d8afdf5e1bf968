// What an organisation or government seat belongs to: the European Council
// to the EU, the Kremlin to Russia. Read from the gazetteer's data files
// (their `parent` and `country` fields), so a role held in an institution is
// also a role of the country or union it serves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: Map<string, string> | undefined;

function gazetteerDir(): string | undefined {
  for (const up of [
    ['..', '..', '..', '..'],
    ['..', '..', '..', '..', '..'],
  ]) {
    const dir = join(__dirname, ...up, 'data', 'gazetteers');
    if (existsSync(dir)) return dir;
  }
  return undefined;
}

/** id → the id of the country or organisation it belongs to. */
export function holderLinks(): Map<string, string> {
  if (cached) return cached;
  cached = new Map();
  const dir = gazetteerDir();
  if (!dir) return cached;
  for (const [file, key] of [
    ['organizations.json', 'organizations'],
    ['institutions.json', 'institutions'],
  ] as const) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const rows = data[key];
    if (!Array.isArray(rows)) continue;
    for (const row of rows as { id?: string; parent?: string; country?: string; type?: string }[]) {
      if (!row.id) continue;
      const to =
        row.type === 'un-agency' || row.type === 'un-body'
          ? undefined
          : (row.country ?? row.parent);
      if (to) cached.set(row.id, to);
    }
  }
  return cached;
}
