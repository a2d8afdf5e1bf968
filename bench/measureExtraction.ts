// Extraction throughput: in-process on one core, then one worker thread per
// core. Each figure is the median of `runs` passes over the same articles,
// after a warm-up pass (JIT, gazetteer loading).
import { extract } from '../src/ingest/extract/extract';
import { articleFromInput } from '../src/ingest/parse';
import type { BenchArticle } from './benchArticle';
import { totalBytes } from './benchArticle';
import { ExtractorPool } from './ExtractorPool';
import { median, repeat } from './stats';

export interface Throughput {
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** Each run's articles/s, to show the spread. */
  runs: number[];
}

export interface ExtractionResult {
  articles: number;
  megabytes: number;
  oneCore: Throughput;
  allCores: Throughput & { workers: number };
}

function throughput(count: number, bytes: number, seconds: number[]): Throughput {
  const runs = seconds.map((s) => count / s);
  const mid = median(seconds);
  return { articlesPerSecond: count / mid, megabytesPerSecond: bytes / 1e6 / mid, runs };
}

function extractAll(articles: readonly BenchArticle[]): void {
  for (const input of articles) extract(articleFromInput(input));
}

export async function measureExtraction(
  articles: readonly BenchArticle[],
  options: { runs: number; workers: number },
): Promise<ExtractionResult> {
  const bytes = totalBytes(articles);
  extractAll(articles.slice(0, Math.min(articles.length, 100)));
  const oneCore = await repeat(options.runs, async () => {
    const started = process.hrtime.bigint();
    extractAll(articles);
    return Number(process.hrtime.bigint() - started) / 1e9;
  });

  const pool = new ExtractorPool(options.workers);
  try {
    await pool.extract(articles.slice(0, Math.min(articles.length, 100 * options.workers)), false);
    const allCores = await repeat(options.runs, async () => {
      const started = process.hrtime.bigint();
      await pool.extract(articles, false);
      return Number(process.hrtime.bigint() - started) / 1e9;
    });
    return {
      articles: articles.length,
      megabytes: bytes / 1e6,
      oneCore: throughput(articles.length, bytes, oneCore),
      allCores: { ...throughput(articles.length, bytes, allCores), workers: options.workers },
    };
  } finally {
    await pool.close();
  }
}
