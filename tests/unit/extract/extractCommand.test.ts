// The extract command: one JSON line per file in input order, an error line
// for an unreadable file, a non-zero exit code at the end.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerExtractCommand } from '../../../src/cli/commands/extract';

it('prints one line per file and reports failures without stopping', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const good = join(dir, 'a.txt');
  writeFileSync(
    good,
    '---\ndate: 2024-05-16\n---\nKenyan President William Ruto visited Ethiopia on Tuesday.\n',
  );
  const missing = join(dir, 'missing.txt');
  const lines: string[] = [];
  const write = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  const before = process.exitCode;
  try {
    const program = new Command().exitOverride();
    registerExtractCommand(program);
    await program.parseAsync(['node', 'diplograph', 'extract', good, missing]);
    const docs = lines
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => d.file)).toEqual([good, missing]);
    expect(docs[0]?.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'VISITED', from: 'william-ruto', to: 'ETH' }),
      ]),
    );
    expect(typeof docs[1]?.error).toBe('string');
    expect(process.exitCode).toBe(1);
  } finally {
    write.mockRestore();
    process.exitCode = before;
  }
});
