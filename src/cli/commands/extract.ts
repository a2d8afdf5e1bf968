// `diplograph extract FILE...`: one JSON line per file, in input order — the
// extraction JSON plus "file"; a file that cannot be read or parsed gives
// {"file", "error"} on its line and a non-zero exit once all files are done.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatDecision } from '../../ingest/extract/debug';
import { extractArticle } from '../../ingest/extractArticle';

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Print the extraction JSON of each article file, one per line')
    .argument('<files...>', 'article files')
    .option('--debug', 'print the extraction decisions (rule, span, reason) to stderr')
    .action((files: string[], opts: { debug?: boolean }) => {
      let failed = 0;
      for (const file of files) {
        try {
          const input = readFileSync(file);
          const debug = opts.debug
            ? (d: Parameters<typeof formatDecision>[0]) =>
                process.stderr.write(`${file}: ${formatDecision(d)}\n`)
            : undefined;
          const extraction = extractArticle(input, file, debug ? { debug } : {});
          process.stdout.write(`${JSON.stringify({ file, ...extraction })}\n`);
        } catch (error: unknown) {
          failed++;
          const message = error instanceof Error ? error.message : String(error);
          process.stdout.write(`${JSON.stringify({ file, error: message })}\n`);
        }
      }
      if (failed) process.exitCode = 1;
    });
}
