// Dates in text, resolved against an article's publication date.
export { articleYear } from './articleYear';
export type { DateMention } from './DateMention';
export { DATE_RULES } from './dateRules';
export { findDates } from './findDates';
export { parsePublicationDate } from './publicationDate';
export type { PublicationDate } from './publicationDate';
export {
  resolveMonth,
  resolveMonthDay,
  resolveWeek,
  resolveWeekday,
  shiftMonth,
} from './resolveRelative';
export type { Direction } from './resolveRelative';
