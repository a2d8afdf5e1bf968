// Every generated article must be valid input for the project's parser, in
// both output forms, with the metadata the generator meant.
import YAML from 'yaml';
import { toFrontMatterText, toJsonLine } from '../../../bench/corpus/formatArticle';
import { generateCorpus } from '../../../bench/corpus/generateCorpus';
import type { GeneratedArticle } from '../../../bench/corpus/generateCorpus';
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import { isParseFailure, parseArticles } from '../../../src/ingest/parse/parseArticles';
import type { Article } from '../../../src/ingest/types';

describe('generated articles parse', () => {
  let articles: GeneratedArticle[];
  beforeAll(() => {
    articles = [...generateCorpus({ articles: 300, seed: 99 })];
  });

  it('as JSON Lines, with title, date, source and url kept', () => {
    const parsed = parseArticles(articles.map(toJsonLine).join(''), { fileName: 'articles.jsonl' });
    expect(parsed).toHaveLength(articles.length);
    parsed.forEach((item, i) => {
      const a = articles[i] as GeneratedArticle;
      if (isParseFailure(item)) throw new Error(`article ${i}: ${item.error.message}`);
      expect(item).toMatchObject({
        title: a.title,
        source: a.source,
        url: a.url,
        publishedAt: a.publishedAt,
      });
      // The header's section line is found, so the body starts after the header.
      expect(item.section).toBe(a.section);
      expect(item.text.slice(item.bodyStart).startsWith(a.title)).toBe(false);
    });
  });

  it('as front-matter text, dated by the front matter and the header', () => {
    for (const a of articles) {
      const text = toFrontMatterText(a);
      let article: Article;
      try {
        article = parseArticle(text, { fileName: `${a.index}.txt` });
      } catch (error) {
        throw new Error(`article ${a.index}: ${String(error)}\n${text.slice(0, 400)}`);
      }
      expect(article.title).toBe(a.title);
      expect(article.url).toBe(a.url);
      expect(article.publishedAt.slice(0, 16)).toBe(a.publishedAt.slice(0, 16));
      expect(article.section).toBe(a.section);
    }
  });

  it('without front matter, dated by the header lines alone', () => {
    for (const a of articles.slice(0, 100)) {
      const article = parseArticle(a.text, { fileName: 'site.txt' });
      expect(article.publishedAt.slice(0, 16)).toBe(a.publishedAt.slice(0, 16));
    }
  });

  it('quotes front-matter titles that YAML would misread', () => {
    const a = articles[0] as GeneratedArticle;
    const tricky = { ...a, title: 'Ambassador: 2025 was fruitful for "our" relations #1' };
    const front = toFrontMatterText(tricky).split('---\n')[1] ?? '';
    expect(YAML.parse(front)).toEqual({ url: a.url, date: a.date, title: tricky.title });
  });
});
