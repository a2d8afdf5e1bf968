// The extract command: one JSON line per article in input order (several for
// a JSON Lines file), an error line for an unreadable file or a bad line, a
// non-zero exit code at the end.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerExtractCommand } from '../../../src/cli/commands/extract';

it('prints one line per article and reports failures without stopping', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-'));
  const good = join(dir, 'a.txt');
  writeFileSync(
    good,
    '---\ndate: 2024-05-16\n---\nKenyan President William Ruto visited Ethiopia on Tuesday.\n',
  );
  const missing = join(dir, 'missing.txt');
  const many = join(dir, 'many.jsonl');
  writeFileSync(
    many,
    [
      { title: 'Talks', publishedAt: '2024-05-16', text: 'Kenya and Ethiopia held talks.' },
      'not json',
      { title: 'Visit', publishedAt: '2024-05-17', text: 'Ruto visited Addis Ababa.' },
    ]
      .map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
      .join('\n'),
  );
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
    await program.parseAsync(['node', 'diplograph', 'extract', good, missing, many]);
    const docs = lines
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(docs.map((d) => d.file)).toEqual([good, missing, many, many, many]);
    expect(docs[0]?.relations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'VISITED', from: 'william-ruto', to: 'ETH' }),
      ]),
    );
    expect(typeof docs[1]?.error).toBe('string');
    // JSON Lines: one line per article, the bad line named.
    expect(docs.slice(2).map((d) => (d.error ? `error at line ${String(d.line)}` : 'ok'))).toEqual([
      'ok',
      'error at line 2',
      'ok',
    ]);
    expect((docs[2]?.article as { title?: string } | undefined)?.title).toBe('Talks');
    expect(process.exitCode).toBe(1);
  } finally {
    write.mockRestore();
    process.exitCode = before;
  }
});
