// The two output forms of a generated article: a JSON Lines record in the
// JSON input format of docs/ontology.md ({title, text, url, publishedAt, source}),
// and a .txt file with YAML front matter (url, date, title) before the text.
import type { GeneratedArticle } from './composeArticle';

// Characters that make a YAML plain scalar mean something else.
const YAML_SPECIAL = /[:#'"[\]{},&*!|>%@`]|^[-?\s]|\s$/;

export function toJsonLine(a: GeneratedArticle): string {
  const { title, text, url, publishedAt, source } = a;
  return `${JSON.stringify({ title, text, url, publishedAt, source })}\n`;
}

export function toFrontMatterText(a: GeneratedArticle): string {
  const title = YAML_SPECIAL.test(a.title) ? JSON.stringify(a.title) : a.title;
  return `---\nurl: ${a.url}\ndate: ${a.date}\ntitle: ${title}\n---\n${a.text}\n`;
}
