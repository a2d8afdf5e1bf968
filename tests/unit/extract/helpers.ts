// Builds a parsed article from a body text for rule tests.
import { extract } from '../../../src/ingest/extract/extract';
import type { Article, Extraction, Relation } from '../../../src/ingest/types';

export function article(text: string, publishedAt = '2024-05-16'): Article {
  return {
    id: 'sha256:test',
    title: null,
    publishedAt,
    source: null,
    section: null,
    url: null,
    text,
    bodyStart: 0,
  };
}

export function run(text: string, publishedAt?: string): Extraction {
  return extract(article(text, publishedAt));
}

/** Relations as compact strings: "TYPE from->to" (+ "[area]"). */
export function facts(x: Extraction, type?: string): string[] {
  return x.relations
    .filter((r: Relation) => !type || r.type === type)
    .map((r) => `${r.type} ${r.from}->${r.to}${r.area ? `[${r.area}]` : ''}`);
}
