import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles } from '../../../src/pipeline/collectFiles';

describe('collectFiles', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'collect-'));
    await mkdir(join(dir, 'b', 'deep'), { recursive: true });
    await mkdir(join(dir, '.hidden'));
    for (const name of [
      'a.txt',
      'b/c.JSON',
      'b/deep/d.jsonl',
      'b/e.html',
      'f.md',
      'g.csv',
      '.hidden/h.txt',
      'x.pdf',
    ]) {
      await writeFile(join(dir, name), 'x');
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('walks folders recursively for article files, sorted, skipping hidden entries', async () => {
    const { files, missing } = await collectFiles([dir]);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      'a.txt',
      'b/c.JSON',
      'b/deep/d.jsonl',
      'b/e.html',
      'f.md',
    ]);
    expect(missing).toEqual([]);
  });

  it('takes a named file whatever its extension, once, and reports missing paths', async () => {
    const pdf = join(dir, 'x.pdf');
    const { files, missing } = await collectFiles([pdf, pdf, join(dir, 'nope.txt')]);
    expect(files).toEqual([pdf]);
    expect(missing).toEqual([{ file: join(dir, 'nope.txt'), reason: 'no such file or directory' }]);
  });
});
