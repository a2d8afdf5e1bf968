// The publication date as the reference point for relative dates. Only the
// calendar date written in `publishedAt` counts (its local date, whatever the
// offset): "yesterday" in a Baku article is the day before the Baku date.
import { isValidDate } from './calendarDate';

export interface PublicationDate {
  year: number;
  /** Absent when `publishedAt` names only a year. */
  month?: number;
  /** Absent when `publishedAt` names only a year or a month. */
  day?: number;
}

const PUBLISHED_AT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d-])/;

/** Reads `2025`, `2025-09`, `2025-09-25` or `2025-09-25T20:18:00+04:00`; throws RangeError otherwise. */
export function parsePublicationDate(publishedAt: string): PublicationDate {
  const match = PUBLISHED_AT.exec(publishedAt);
  if (!match) throw new RangeError(`publishedAt is not an ISO 8601 date: ${publishedAt}`);
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (match[3] === undefined) {
    if (month < 1 || month > 12)
      throw new RangeError(`publishedAt has no valid month: ${publishedAt}`);
    return { year, month };
  }
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`publishedAt is not a valid date: ${publishedAt}`);
  }
  return { year, month, day };
}
