// `diplograph ingest PATH...`: files and folders (recursively: .txt, .md,
// .json, .jsonl, .html) into the graph. A progress bar on a terminal, plain
// lines otherwise; a summary on stdout; exit code 0 only when nothing failed.
import { SingleBar, Presets } from 'cli-progress';
import { InvalidArgumentError } from 'commander';
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../config/logger';
import { openGraph } from '../openGraph';
import type { IngestEvent, IngestSummary } from '../../pipeline/ingestFiles';
import { DEFAULT_INGEST_BATCH, ingestFiles } from '../../pipeline/ingestFiles';

interface IngestFlags {
  force?: boolean;
  json?: boolean;
  batchSize: number;
}

function batchSize(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 1000) {
    throw new InvalidArgumentError('an integer from 1 to 1000');
  }
  return parsed;
}

export function formatSummary(summary: IngestSummary): string {
  const { articles } = summary;
  return [
    `files: ${summary.files}`,
    `articles: ${articles.new} new, ${articles.unchanged} unchanged, ${articles.replaced} replaced, ${articles.failed} failed`,
    `written: ${summary.entities} entities, ${summary.relations} relations, ${summary.evidence} evidence`,
  ].join('\n');
}

/** Per-event output: a bar on a terminal, one line per article otherwise. */
function reporter(stream: NodeJS.WriteStream): {
  onEvent: (event: IngestEvent) => void;
  stop: () => void;
} {
  const bar = stream.isTTY
    ? new SingleBar(
        { stream, format: 'ingest [{bar}] {value}/{total} files | {file}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;
  let started = false;
  const above = (line: string) => {
    // Keep messages readable above a live bar.
    if (bar && started) stream.write(`\r\x1b[K${line}\n`);
    else stream.write(`${line}\n`);
  };
  return {
    onEvent(event) {
      if (event.kind === 'failed') above(`${event.failure.where}: ${event.failure.reason}`);
      else if (event.kind === 'written' && !bar) {
        const { result } = event;
        const counts =
          result.status === 'unchanged'
            ? ''
            : ` (${result.entities} entities, ${result.facts} relations)`;
        above(`${event.where}: ${result.status} ${result.articleId}${counts}`);
      } else if (event.kind === 'file-done' && bar) {
        if (!started) bar.start(event.total, 0, { file: '' });
        started = true;
        bar.update(event.done, { file: event.file });
      }
    },
    stop() {
      if (started) bar?.stop();
    },
  };
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Parse, extract and write articles (files or folders) into the graph')
    .argument('<paths...>', 'article files or folders (.txt, .md, .json, .jsonl, .html)')
    .option('--force', 'rewrite articles even when stored unchanged')
    .option('--json', 'print the summary as JSON')
    .option(
      '--batch-size <n>',
      'articles per write transaction (one commit each; a refused article is retried alone)',
      batchSize,
      DEFAULT_INGEST_BATCH,
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL);
      const graph = await openGraph(process.env, (message) => logger.info(message), {
        maxRetryMs: config.NEO4J_MAX_RETRY_MS,
      });
      const output = reporter(process.stderr);
      try {
        const summary = await ingestFiles(paths, {
          driver: graph.driver,
          database: graph.database,
          force: flags.force,
          timeoutMs: config.NEO4J_TX_TIMEOUT_MS,
          batchSize: flags.batchSize,
          onEvent: output.onEvent,
        });
        output.stop();
        process.stdout.write(
          `${flags.json ? JSON.stringify(summary, null, 2) : formatSummary(summary)}\n`,
        );
        if (summary.articles.failed > 0) process.exitCode = 1;
      } finally {
        output.stop();
        await graph.close();
      }
    });
}
