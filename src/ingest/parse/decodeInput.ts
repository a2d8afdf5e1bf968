// Bytes or a string in, checked text out: size limit, binary sniffing, strict
// UTF-8, BOM removal and \n line endings. Every input format passes through
// here first.
import { ArticleError } from './ArticleError';

/** Default size limit of one article: 1 MiB. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

// How much of the input the binary sniffing looks at.
const SNIFF_LENGTH = 8192;
// More control characters than this share of the sniffed part means binary.
const CONTROL_SHARE_LIMIT = 0.1;

export function decodeInput(input: Buffer | string, maxBytes = DEFAULT_MAX_BYTES): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  if (size > maxBytes) {
    throw new ArticleError(
      'TOO_LARGE',
      `article is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}`,
    );
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (
      input.length >= 2 &&
      ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))
    ) {
      throw new ArticleError('NOT_UTF8', 'input looks like UTF-16 text; save it as UTF-8');
    }
    assertTextual(
      (index) => input[index] ?? 0,
      Math.min(input.length, SNIFF_LENGTH),
      input.includes(0),
    );
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch (cause) {
      throw new ArticleError(
        'NOT_UTF8',
        'input is not valid UTF-8 text; convert it to UTF-8 (for example with iconv) and try again',
        { cause },
      );
    }
  }
  return checkText(text);
}

/** Binary check, line-ending normalisation and emptiness check for text that is already a string. */
export function checkText(text: string): string {
  assertTextual(
    (index) => text.charCodeAt(index),
    Math.min(text.length, SNIFF_LENGTH),
    text.includes('\u0000'),
  );
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new ArticleError('EMPTY', 'article text is empty');
  return normalised;
}

function assertTextual(codeAt: (index: number) => number, length: number, hasNul: boolean): void {
  let control = 0;
  for (let index = 0; index < length; index++) {
    const code = codeAt(index);
    // Tab, line feed, form feed and carriage return are ordinary in text.
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127) {
      control++;
    }
  }
  if (hasNul || (length > 0 && control / length > CONTROL_SHARE_LIMIT)) {
    throw new ArticleError('BINARY', 'input looks like a binary file, not article text');
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
