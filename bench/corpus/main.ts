// npm run bench:corpus -- --articles N --seed S [--out DIR] [--format jsonl|txt]
// Generates the deterministic benchmark corpus; progress and a summary go to
// stderr, the files to DIR (default bench/out/corpus-N-S).
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateCorpus } from './generateCorpus';
import type { CorpusFormat } from './writeCorpus';
import { writeCorpus } from './writeCorpus';

// Progress lines: every tenth of the run, at least 5000 articles apart.
const PROGRESS_MIN_STEP = 5000;

function integer(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
    }
    return n;
  };
}

async function run(): Promise<void> {
  const program = new Command()
    .name('bench:corpus')
    .description('Generate a deterministic synthetic corpus of diplomacy news articles')
    .requiredOption('--articles <n>', 'number of articles', integer(0))
    .requiredOption(
      '--seed <s>',
      'seed: the same seed and count give byte-identical output',
      integer(-(2 ** 31)),
    )
    .option('--out <dir>', 'output directory (default bench/out/corpus-N-S)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['jsonl', 'txt']).default('jsonl'),
    )
    .parse(process.argv);
  const opts = program.opts<{
    articles: number;
    seed: number;
    out?: string;
    format: CorpusFormat;
  }>();
  const dir = resolve(
    opts.out ?? resolve(__dirname, '..', 'out', `corpus-${opts.articles}-${opts.seed}`),
  );

  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const tty = process.stderr.isTTY === true;
  const step = Math.max(PROGRESS_MIN_STEP, Math.ceil(opts.articles / 10));
  const summary = await writeCorpus(
    generateCorpus({ articles: opts.articles, seed: opts.seed }),
    dir,
    opts.format,
    (n) => {
      if (n % step !== 0 && n !== opts.articles) return;
      const line = `bench:corpus: ${n}/${opts.articles} articles, ${seconds().toFixed(1)} s`;
      process.stderr.write(tty ? `\r${line}` : `${line}\n`);
    },
  );
  if (tty && opts.articles > 0) process.stderr.write('\n');
  const s = seconds();
  process.stderr.write(
    `bench:corpus: wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB, ` +
      `${Math.round(summary.bytes / Math.max(1, summary.articles))} bytes each on average) to ${summary.path} ` +
      `in ${s.toFixed(2)} s (${Math.round(summary.articles / Math.max(s, 1e-9))} articles/s)\n`,
  );
}

run().catch((error: unknown) => {
  process.stderr.write(`bench:corpus: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
