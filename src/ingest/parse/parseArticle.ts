// One article from a file's bytes or a string, in any of the input formats of
// docs/ontology.md "Article input": news-site plain text, text behind YAML front
// matter, a JSON object (or a one-item array / one-line JSON Lines), a saved
// HTML page. Throws only ArticleError.
import type { Article } from '../types';
import { articleFromHtml } from './articleFromHtml';
import { articleFromJson } from './articleFromJson';
import { articleFromText } from './articleFromText';
import { ArticleError } from './ArticleError';
import { decodeInput } from './decodeInput';
import { detectFormat } from './detectFormat';
import type { ParseOptions } from './parseOptions';
import { readJsonItems } from './readJsonItems';
import { withArticleErrors } from './withArticleErrors';

export function parseArticle(input: Buffer | string, options: ParseOptions = {}): Article {
  return withArticleErrors(() => {
    const text = decodeInput(input, options.maxBytes);
    const format = detectFormat(text, options.fileName);
    if (format === 'html') return articleFromHtml(text, options.defaults);
    if (format === 'text') return articleFromText(text, options.defaults);
    const items = readJsonItems(text, format);
    const [item] = items;
    if (items.length !== 1 || item === undefined) {
      throw new ArticleError(
        items.length === 0 ? 'EMPTY' : 'MULTIPLE_ARTICLES',
        items.length === 0
          ? 'the JSON holds no article'
          : `the input holds ${items.length} articles; use parseArticles for JSON Lines and arrays`,
      );
    }
    if ('error' in item) throw item.error;
    return articleFromJson(item.value, options.defaults, options.maxBytes);
  });
}
