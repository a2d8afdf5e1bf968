// The rule tables are data with a reason (STYLE): every file states why it
// exists, and its word lists hold non-empty, trimmed, unique strings.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', '..', 'data', 'rules');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function stringLists(value: unknown, path: string, out: [string, string[]][]): void {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push([path, value as string[]]);
    else value.forEach((v, i) => stringLists(v, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) stringLists(v, `${path}.${k}`, out);
  }
}

describe.each(files)('data/rules/%s', (file) => {
  const table = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  it('has a reason', () => {
    expect(typeof table.reason).toBe('string');
    expect(String(table.reason).length).toBeGreaterThan(20);
  });
  it('has clean word lists', () => {
    const lists: [string, string[]][] = [];
    stringLists(table, file, lists);
    for (const [path, list] of lists) {
      for (const w of list)
        expect({ path, w, ok: w.length > 0 && w === w.trim() }).toEqual({ path, w, ok: true });
      expect({ path, dupes: list.filter((w, i) => list.indexOf(w) !== i) }).toEqual({
        path,
        dupes: [],
      });
    }
  });
});
