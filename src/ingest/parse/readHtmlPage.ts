// A saved HTML page to article fields. Metadata comes from the page's meta
// tags and JSON-LD (read before Readability, which changes the document); the
// text is Mozilla Readability's main content on a linkedom document, or the
// page body without navigation and footer when Readability finds no article.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

import { ArticleError } from './ArticleError';
import type { DateTimeParts } from './dateTimeParts';
import type { DomElement, DomNode } from './domText';
import { domText } from './domText';
import { normalisePublishedAt } from './normalisePublishedAt';

export interface HtmlPageFields {
  text: string;
  title?: string;
  url?: string;
  source?: string;
  section?: string;
  publishedAt?: DateTimeParts;
}

interface HtmlDocument extends DomElement {
  body: DomElement | null;
  title: string;
}

// Where pages state their publication date, most reliable first (JSON-LD is read before these).
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];
const TIME_SELECTORS = ['time[itemprop="datePublished"]', 'time[pubdate]', 'time[datetime]'];
// Page chrome, removed before reading the text (a <header> inside the <article> stays).
const CHROME_SELECTORS = 'nav, header, footer, aside, form, iframe, noscript';
// Readability's default threshold (500 characters) drops short news items.
const CHAR_THRESHOLD = 200;

export function readHtmlPage(html: string): HtmlPageFields {
  const { document } = parseHTML(html) as unknown as { document: HtmlDocument };
  const meta = (selector: string): string | undefined =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

  const jsonLd = readJsonLd(document);
  const fields: Omit<HtmlPageFields, 'text'> = {};
  const title = meta('meta[property="og:title"]') ?? jsonLd.headline;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ||
    meta('meta[property="og:url"]');
  const source = meta('meta[property="og:site_name"]') ?? jsonLd.publisher;
  const section = meta('meta[property="article:section"]');
  const publishedAt = firstDate([
    jsonLd.datePublished,
    ...DATE_SELECTORS.map(meta),
    ...TIME_SELECTORS.map(
      (selector) => document.querySelector(selector)?.getAttribute('datetime') ?? undefined,
    ),
  ]);
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;

  // Page chrome goes before Readability runs: it scores what is left, and the
  // fallback below reads the body as it is then.
  for (const element of Array.from(document.querySelectorAll(CHROME_SELECTORS))) {
    if (element.nodeName.toUpperCase() !== 'HEADER' || element.closest('article') === null) {
      element.remove();
    }
  }
  const article = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
    charThreshold: CHAR_THRESHOLD,
  }).parse();
  let text = article?.content ? domText(article.content) : '';
  if (text.trim() === '' && document.body) text = domText(document.body);
  if (text.trim() === '') throw new ArticleError('EMPTY', 'HTML page has no article text');

  const finalTitle = title ?? (article?.title?.trim() || undefined) ?? pageTitle;
  if (finalTitle !== undefined) fields.title = finalTitle;
  if (url !== undefined) fields.url = url;
  const finalSource = source ?? (article?.siteName?.trim() || undefined);
  if (finalSource !== undefined) fields.source = finalSource;
  if (section !== undefined) fields.section = section;
  if (publishedAt !== undefined) fields.publishedAt = publishedAt;
  return { ...fields, text };
}

/** The first candidate that reads as a date; unreadable meta values are skipped, not fatal. */
function firstDate(candidates: (string | undefined)[]): DateTimeParts | undefined {
  for (const candidate of candidates) {
    if (candidate === undefined || candidate.trim() === '') continue;
    try {
      return normalisePublishedAt(candidate);
    } catch {
      // try the next source of a date
    }
  }
  return undefined;
}

interface JsonLdFields {
  datePublished?: string;
  headline?: string;
  publisher?: string;
}

/** datePublished, headline and publisher name from the page's JSON-LD blocks (also inside @graph). */
function readJsonLd(document: HtmlDocument): JsonLdFields {
  const found: JsonLdFields = {};
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collect(data, found, 0);
  }
  return found;
}

function collect(data: unknown, found: JsonLdFields, depth: number): void {
  if (depth > 6 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) collect(item, found, depth + 1);
    return;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.datePublished === 'string') found.datePublished ??= record.datePublished;
  if (typeof record.headline === 'string') found.headline ??= record.headline.trim();
  const publisher = record.publisher as Record<string, unknown> | undefined;
  if (publisher && typeof publisher.name === 'string') found.publisher ??= publisher.name.trim();
  if (record['@graph'] !== undefined) collect(record['@graph'], found, depth + 1);
}
