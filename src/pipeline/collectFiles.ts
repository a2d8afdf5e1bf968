// The files an `ingest PATH...` names: files as given, folders walked
// recursively for article files, in a stable (sorted) order.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ARTICLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.txt',
  '.md',
  '.json',
  '.jsonl',
  '.html',
  '.htm',
]);

export interface CollectedFiles {
  files: string[];
  /** Paths that could not be read, with the reason. */
  missing: { file: string; reason: string }[];
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return walk(path);
        return entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())
          ? [path]
          : [];
      }),
  );
  return nested.flat();
}

export async function collectFiles(paths: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const missing: CollectedFiles['missing'] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      // A file named explicitly is read whatever its extension.
      files.push(...(info.isDirectory() ? await walk(path) : [path]));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      missing.push({
        file: path,
        reason: code === 'ENOENT' ? 'no such file or directory' : String(error),
      });
    }
  }
  return { files: [...new Set(files)], missing };
}
