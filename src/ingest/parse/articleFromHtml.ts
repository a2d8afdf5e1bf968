import type { Article } from '../types';
import type { ArticleDefaults } from './buildArticle';
import { buildArticle } from './buildArticle';
import { readHtmlPage } from './readHtmlPage';

/** A saved HTML page (see readHtmlPage for what is taken from where). */
export function articleFromHtml(html: string, defaults?: ArticleDefaults): Article {
  const { text, ...fields } = readHtmlPage(html);
  return buildArticle(text, fields, { stripChrome: true, ...(defaults ? { defaults } : {}) });
}
