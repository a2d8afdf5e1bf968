// JSON, JSON arrays and JSON Lines to raw items, one failure per bad line
// instead of one failure for the file.
import { ArticleError } from './ArticleError';

export type JsonItem =
  | { value: unknown; index: number; line?: number }
  | { error: ArticleError; index: number; line?: number };

/**
 * 'json': one value (an array gives its elements); a value that does not parse
 * but whose lines do is read as JSON Lines. 'jsonl': one value per non-blank line.
 */
export function readJsonItems(text: string, format: 'json' | 'jsonl'): JsonItem[] {
  if (format === 'json') {
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value)
        ? value.map((item, index) => ({ value: item, index }))
        : [{ value, index: 0 }];
    } catch (cause) {
      if (nonBlankLines(text).length < 2) {
        return [{ error: badJson(cause), index: 0 }];
      }
    }
  }
  return nonBlankLines(text).map(({ text: lineText, line }, index) => {
    try {
      return { value: JSON.parse(lineText) as unknown, index, line };
    } catch (cause) {
      return { error: badJson(cause, line), index, line };
    }
  });
}

function nonBlankLines(text: string): { text: string; line: number }[] {
  return text
    .split('\n')
    .map((lineText, index) => ({ text: lineText, line: index + 1 }))
    .filter(({ text: lineText }) => lineText.trim() !== '');
}

function badJson(cause: unknown, line?: number): ArticleError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const where = line === undefined ? '' : ` on line ${line}`;
  return new ArticleError('BAD_JSON', `invalid JSON${where}: ${reason}`, { cause });
}
