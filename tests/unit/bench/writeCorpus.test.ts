import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../../bench/corpus/generateCorpus';
import { writeCorpus } from '../../../bench/corpus/writeCorpus';

describe('writeCorpus', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes byte-identical JSON Lines for the same seed, one object per article', async () => {
    const first = await writeCorpus(
      generateCorpus({ articles: 120, seed: 4 }),
      join(dir, 'a'),
      'jsonl',
    );
    const second = await writeCorpus(
      generateCorpus({ articles: 120, seed: 4 }),
      join(dir, 'b'),
      'jsonl',
    );
    const a = readFileSync(first.path);
    expect(a.equals(readFileSync(second.path))).toBe(true);
    expect(first.bytes).toBe(a.length);
    const lines = a.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(120);
    expect(Object.keys(JSON.parse(lines[0] ?? '{}') as object).sort()).toEqual([
      'publishedAt',
      'source',
      'text',
      'title',
      'url',
    ]);
  });

  it('writes one front-matter file per article and drops files of a longer earlier run', async () => {
    writeFileSync(join(dir, '000099.txt'), 'stale');
    writeFileSync(join(dir, 'notes.md'), 'kept');
    const summary = await writeCorpus(generateCorpus({ articles: 25, seed: 4 }), dir, 'txt');
    expect(summary.articles).toBe(25);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(26);
    expect(files[0]).toBe('000001.txt');
    expect(files).toContain('notes.md');
    expect(files).not.toContain('000099.txt');
    expect(readFileSync(join(dir, '000001.txt'), 'utf8')).toMatch(
      /^---\nurl: https:\/\/\S+\ndate: \d{4}-\d{2}-\d{2}\ntitle: .+\n---\n/,
    );
  });
});
