// Which reader an input needs: by file extension when there is one, else by
// the first characters.

export type InputFormat = 'text' | 'json' | 'jsonl' | 'html';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|article)\b/i;

export function detectFormat(text: string, fileName?: string): InputFormat {
  const extension = fileName?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const known = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (known !== undefined) return known;
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (HTML_START.test(start)) return 'html';
  return 'text';
}
