// The corpus articles the bench feeds to extraction: the JSON input of
// docs/ontology.md, materialised once so generation is not timed.
import { generateCorpus } from './corpus/generateCorpus';

export interface BenchArticle {
  text: string;
  title: string;
  url: string;
  publishedAt: string;
  source: string;
}

export function loadBenchArticles(count: number, seed: number): BenchArticle[] {
  const articles: BenchArticle[] = [];
  for (const a of generateCorpus({ articles: count, seed })) {
    articles.push({
      text: a.text,
      title: a.title,
      url: a.url,
      publishedAt: a.publishedAt,
      source: a.source,
    });
  }
  return articles;
}

export function totalBytes(articles: readonly BenchArticle[]): number {
  return articles.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
}
