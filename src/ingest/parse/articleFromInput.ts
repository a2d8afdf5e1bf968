// The GraphQL ingestArticle mutation's input. The text goes through the same
// path as a plain-text file (front matter allowed, site chrome dropped), so
// the same article pasted or uploaded gets the same id; the explicit fields
// beat both front matter and what the text says.
import type { Article } from '../types';
import { articleFromText } from './articleFromText';
import { ArticleError } from './ArticleError';
import { checkText, DEFAULT_MAX_BYTES } from './decodeInput';
import { readMetadata } from './readMetadata';
import { withArticleErrors } from './withArticleErrors';

export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  section?: string | null;
}

export function articleFromInput(input: ArticleInput, maxBytes = DEFAULT_MAX_BYTES): Article {
  return withArticleErrors(() => {
    if (typeof input.text !== 'string') {
      throw new ArticleError('BAD_FIELD', 'field "text" is required and must be a string');
    }
    const size = Buffer.byteLength(input.text, 'utf8');
    if (size > maxBytes) {
      throw new ArticleError(
        'TOO_LARGE',
        `article text is ${size} bytes, over the limit of ${maxBytes}`,
      );
    }
    const text = checkText(input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text);
    const { text: _text, ...fields } = input;
    return articleFromText(text, undefined, readMetadata(fields, 'BAD_FIELD'));
  });
}
