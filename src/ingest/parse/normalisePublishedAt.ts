// Publication dates as metadata gives them (front matter, JSON, HTML meta)
// to ISO 8601. ISO input is read exactly; anything else ("September 29, 2025",
// "Mon, 29 Sep 2025 10:00:00 GMT") goes to chrono's strict parser.
import * as chrono from 'chrono-node';

import { ArticleError } from './ArticleError';
import type { DateTimeParts } from './dateTimeParts';
import { partsFromChrono } from './dateTimeParts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Reads a publication date; throws ArticleError BAD_DATE when it names no day. */
export function normalisePublishedAt(value: unknown): DateTimeParts {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw badDate(String(value));
    return {
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
      hour: value.getUTCHours(),
      minute: value.getUTCMinutes(),
      second: value.getUTCSeconds(),
      offset: 'Z',
    };
  }
  if (typeof value !== 'string') throw badDate(JSON.stringify(value) ?? String(value));
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) return fromIso(iso, text);
  // Accept a free-form date only when chrono reads most of the string as one date.
  const [result] = chrono.strict.parse(text);
  const parts =
    result && result.text.length >= text.length * 0.6 ? partsFromChrono(result.start) : undefined;
  if (parts === undefined) throw badDate(text);
  return parts;
}

function fromIso(match: RegExpExecArray, text: string): DateTimeParts {
  const [, year, month, day, hour, minute, second, zone] = match;
  const parts: DateTimeParts = { year: Number(year), month: Number(month), day: Number(day) };
  const check = new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (check.getUTCMonth() + 1 !== parts.month || check.getUTCDate() !== parts.day) {
    throw badDate(text);
  }
  if (hour === undefined) return parts;
  parts.hour = Number(hour);
  parts.minute = Number(minute);
  parts.second = Number(second ?? 0);
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) throw badDate(text);
  if (zone !== undefined) parts.offset = parseOffset(zone);
  return parts;
}

function parseOffset(zone: string): number | 'Z' {
  if (zone.toUpperCase() === 'Z') return 'Z';
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

function badDate(shown: string): ArticleError {
  return new ArticleError(
    'BAD_DATE',
    `publication date ${JSON.stringify(shown)} is not a day; write it as ISO 8601, e.g. 2025-09-29 or 2025-09-29T10:00:00+04:00`,
  );
}
