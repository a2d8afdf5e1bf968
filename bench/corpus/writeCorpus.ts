// Writes a generated corpus to a directory, streaming: articles.jsonl (one
// JSON object per line) or one front-matter .txt file per article.
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedArticle } from './composeArticle';
import { toFrontMatterText, toJsonLine } from './formatArticle';

export type CorpusFormat = 'jsonl' | 'txt';

export interface WriteSummary {
  articles: number;
  bytes: number;
  /** The JSON Lines file, or the directory of .txt files. */
  path: string;
}

// Collect this much text before handing it to the stream.
const CHUNK_CHARS = 1 << 20;
const TXT_NAME = /^\d+\.txt$/;
// Articles generated before their files are written in one go: creating files
// one at a time between bursts of generation was ten times slower on our VMs.
const TXT_BATCH = 1000;

export async function writeCorpus(
  articles: Iterable<GeneratedArticle>,
  dir: string,
  format: CorpusFormat,
  onArticle: (written: number) => void = () => {},
): Promise<WriteSummary> {
  mkdirSync(dir, { recursive: true });
  return format === 'jsonl'
    ? writeJsonl(articles, dir, onArticle)
    : writeTxt(articles, dir, onArticle);
}

async function writeJsonl(
  articles: Iterable<GeneratedArticle>,
  dir: string,
  onArticle: (written: number) => void,
): Promise<WriteSummary> {
  const path = join(dir, 'articles.jsonl');
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_resolve, reject) => out.once('error', reject));
  let chunk = '';
  let count = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    bytes += Buffer.byteLength(chunk);
    const ok = out.write(chunk);
    chunk = '';
    if (!ok) await Promise.race([once(out, 'drain'), failed]);
  };
  for (const a of articles) {
    chunk += toJsonLine(a);
    count++;
    onArticle(count);
    if (chunk.length >= CHUNK_CHARS) await flush();
  }
  await flush();
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  return { articles: count, bytes, path };
}

async function writeTxt(
  articles: Iterable<GeneratedArticle>,
  dir: string,
  onArticle: (written: number) => void,
): Promise<WriteSummary> {
  // Files of an earlier, longer run would otherwise stay behind.
  for (const name of readdirSync(dir)) if (TXT_NAME.test(name)) unlinkSync(join(dir, name));
  let count = 0;
  let bytes = 0;
  let batch: GeneratedArticle[] = [];
  const flush = (): void => {
    for (const a of batch) {
      const text = toFrontMatterText(a);
      writeFileSync(join(dir, `${String(a.index + 1).padStart(6, '0')}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    batch = [];
  };
  for (const a of articles) {
    batch.push(a);
    count++;
    onArticle(count);
    if (batch.length >= TXT_BATCH) flush();
  }
  flush();
  return { articles: count, bytes, path: dir };
}
