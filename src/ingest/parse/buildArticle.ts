// The pipeline every input format ends in: text (already decoded and without
// front matter) plus the metadata its format carried → Article. Metadata wins
// over what the text says; the text fills the gaps; `defaults` (for example
// CLI flags) come last. The clock is never a publication date.
import type { Article } from '../types';
import { ArticleError } from './ArticleError';
import { articleId } from './articleId';
import type { DateTimeParts } from './dateTimeParts';
import { formatDateTime, sameDay } from './dateTimeParts';
import { detectSource } from './detectSource';
import { findDateline } from './findDateline';
import { normalisePublishedAt } from './normalisePublishedAt';
import { readTextHeader } from './readTextHeader';
import { stripSiteChrome } from './stripSiteChrome';

export interface ArticleFields {
  title?: string;
  url?: string;
  source?: string;
  section?: string;
  publishedAt?: DateTimeParts;
}

/** Fallbacks for what neither metadata nor text provides. */
export interface ArticleDefaults {
  title?: string;
  url?: string;
  source?: string;
  /** ISO 8601 (or another form normalisePublishedAt reads). */
  publishedAt?: string;
}

export interface BuildOptions {
  /** Drop site chrome lines at the start and end (plain text and HTML; not JSON). */
  stripChrome: boolean;
  defaults?: ArticleDefaults;
}

export function buildArticle(
  rawText: string,
  fields: ArticleFields,
  options: BuildOptions,
): Article {
  const text = options.stripChrome ? stripSiteChrome(rawText) : rawText;
  if (text.trim() === '') throw new ArticleError('EMPTY', 'article text is empty');
  const header = readTextHeader(text, fields.title);
  if (text.slice(header.bodyStart).trim() === '') {
    throw new ArticleError('EMPTY', 'article has a header but no body text');
  }
  const dateline = header.date === null ? findDateline(text, header.bodyStart) : null;
  const textDate = header.date ?? dateline?.date ?? null;
  const defaults = options.defaults ?? {};

  let published: DateTimeParts;
  if (fields.publishedAt !== undefined) {
    published = withTextTime(fields.publishedAt, textDate);
  } else if (textDate !== null) {
    published = textDate;
  } else if (defaults.publishedAt !== undefined) {
    published = normalisePublishedAt(defaults.publishedAt);
  } else {
    const yearless = header.yearless ?? dateline?.yearless ?? null;
    throw new ArticleError(
      'NO_DATE',
      'no publication date found: add a `date:` front-matter line or a publishedAt field' +
        (yearless === null ? '' : ` (the text gives "${yearless}" without a year)`),
    );
  }

  return {
    id: articleId(text),
    title: fields.title ?? header.title ?? defaults.title ?? null,
    publishedAt: formatDateTime(published),
    source: fields.source ?? detectSource(text, header.bodyStart) ?? defaults.source ?? null,
    section: fields.section ?? header.section ?? null,
    url: fields.url ?? defaults.url ?? null,
    text,
    bodyStart: header.bodyStart,
  };
}

/** A metadata date without a time takes the time the text gives for the same day. */
function withTextTime(meta: DateTimeParts, textDate: DateTimeParts | null): DateTimeParts {
  if (meta.hour !== undefined || textDate === null || textDate.hour === undefined) return meta;
  return sameDay(meta, textDate) ? textDate : meta;
}
