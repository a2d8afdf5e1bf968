// Data files (word lists, rule tables) are read through a schema: a malformed
// edit fails when the file is loaded, with an error naming the file and each
// entry at fault, never later as a wrong extraction. The files live in data/
// at the package root, found from src/ and dist/ alike.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { z } from 'zod';

/** The path of data/RELATIVE, found by walking up from this file. */
export function dataPath(relative: string, start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'data', relative);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`data/${relative} not found above ${start}`);
  }
}

/** `patterns[2].pattern` for the path ['patterns', 2, 'pattern']. */
function entryName(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** One line per problem: the entry, its value when it has one, and what is wrong. */
export function describeIssues(file: string, data: unknown, issues: readonly z.core.$ZodIssue[]) {
  const lines = issues.map((issue) => {
    const entry = issue.path.length === 0 ? '(the file)' : entryName(issue.path);
    const value = valueAt(data, issue.path);
    const shown =
      value === undefined || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`;
    return `  ${entry}${shown}: ${issue.message}`;
  });
  return `${file} is not valid:\n${lines.join('\n')}`;
}

/** The JSON file at `file`, checked against `schema` (and transformed by it). */
export function readDataFile<S extends z.ZodType>(file: string, schema: S): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid: ${(error as Error).message}`, { cause: error });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(describeIssues(file, data, parsed.error.issues));
  return parsed.data;
}
