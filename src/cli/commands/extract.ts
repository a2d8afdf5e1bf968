// `diplograph extract FILE...`: one JSON line per article, in input order —
// the extraction JSON plus "file" (a JSON Lines file or JSON array gives one
// line per article, as `ingest` reads them); a file or article that cannot be
// read or parsed gives {"file", "error"} (and "line" in JSON Lines) on its line and a non-zero exit once all
// files are done.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDecision } from '../../ingest/extract/debug';
import { extract } from '../../ingest/extract/extract';
import { isParseFailure, parseArticles } from '../../ingest/parse';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Print the extraction JSON of each article, one per line')
    .argument('<files...>', 'article files (.txt, .md, .html, .json, .jsonl)')
    .option('--debug', 'print the extraction decisions (rule, span, reason) to stderr')
    .action((files: string[], opts: { debug?: boolean }) => {
      let failed = 0;
      const print = (record: Record<string, unknown>) =>
        process.stdout.write(`${JSON.stringify(record)}\n`);
      const errorText = (error: unknown) =>
        error instanceof Error ? error.message : String(error);
      for (const file of files) {
        let input: Buffer;
        try {
          input = readFileSync(file);
        } catch (error: unknown) {
          failed++;
          print({ file, error: errorText(error) });
          continue;
        }
        for (const item of parseArticles(input, { fileName: file })) {
          if (isParseFailure(item)) {
            failed++;
            print({
              file,
              ...(item.line === undefined ? {} : { line: item.line }),
              error: errorText(item.error),
            });
            continue;
          }
          try {
            const debug = opts.debug
              ? (d: Parameters<typeof formatDecision>[0]) =>
                  process.stderr.write(`${file}: ${formatDecision(d)}\n`)
              : undefined;
            print({ file, ...extract(item, debug ? { debug } : {}) });
          } catch (error: unknown) {
            failed++;
            print({ file, error: errorText(error) });
          }
        }
      }
      if (failed) process.exitCode = 1;
    });
}
