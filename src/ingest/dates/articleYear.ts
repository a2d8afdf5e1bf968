import { parsePublicationDate } from './publicationDate';

/** The year of an article's publication date (`2025` for `2025-09-25T20:18:00`). */
export function articleYear(publishedAt: string): number {
  return parsePublicationDate(publishedAt).year;
}
