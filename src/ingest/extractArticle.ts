// The one pipeline that the CLI, ingestion and the API call: parse the input
// (plain text, front matter, JSON, HTML), then extract.
import type { DecisionSink } from './extract/debug';
import { extract } from './extract/extract';
import { parseArticle } from './parse/parseArticle';
import type { Extraction } from './types';

export function extractArticle(
  input: Buffer | string,
  fileName?: string,
  options: { debug?: DecisionSink } = {},
): Extraction {
  const article = parseArticle(input, fileName ? { fileName } : {});
  return extract(article, options);
}
