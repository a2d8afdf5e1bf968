// The date rules as data: an id, the reason it exists, a pattern and a
// resolver. findDates runs every rule, keeps the longest non-overlapping
// matches and then joins ranges. Adding a form of date is one entry here plus
// a row in tests/unit/dates/findDates.test.ts.
import type { CalendarDate } from './calendarDate';
import { addDays, isValidDate, weekdayOf } from './calendarDate';
import type { DatePoint, RuleMatch } from './DateMention';
import { isYearInContext } from './isYearInContext';
import { FULL_MONTH_SOURCE, MONTH_SOURCE, monthNumber } from './monthNames';
import { COUNT_SOURCE, countValue } from './numberWords';
import type { PublicationDate } from './publicationDate';
import type { Direction } from './resolveRelative';
import {
  resolveMonth,
  resolveMonthDay,
  resolveWeek,
  resolveWeekday,
  shiftMonth,
} from './resolveRelative';
import { WEEKDAY_SOURCE, weekdayNumber } from './weekdayNames';

export interface RuleContext {
  text: string;
  pub: PublicationDate;
  /** Past or future reading of the clause around [start, end). */
  direction(start: number, end: number): Direction;
}

type Groups = Partial<Record<string, string>>;

export interface DateRule {
  id: string;
  reason: string;
  /** Global regex; named groups feed `resolve`. */
  pattern: RegExp;
  /**
   * What the text right before the match must end with (tested on the
   * preceding 24 characters; cheaper and safer than a lookbehind, which the
   * regex engine would try at every position).
   */
  before?: RegExp;
  resolve(groups: Groups, match: RegExpExecArray, context: RuleContext): RuleMatch | null;
}

const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAY_PREFIX = `(?:(?<weekday>${WEEKDAY_SOURCE}),?\\s+)?`;
const YEAR = '(?:19|20)\\d{2}|2100';
const RANGE_JOIN = '\\s*(?:-|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*';

const pubDay = ({ pub }: RuleContext): CalendarDate | undefined =>
  pub.month !== undefined && pub.day !== undefined
    ? { year: pub.year, month: pub.month, day: pub.day }
    : undefined;

const explicit = (from: DatePoint, to?: DatePoint): RuleMatch | null =>
  (from.day === undefined || isValidDate(from.year, from.month ?? 0, from.day)) &&
  (to?.day === undefined || isValidDate(to.year, to.month ?? 0, to.day))
    ? { from, ...(to ? { to } : {}), relative: false, yearInferred: false }
    : null;

const relative = (from: DatePoint, to?: DatePoint): RuleMatch => ({
  from,
  ...(to ? { to } : {}),
  relative: true,
  yearInferred: false,
});

/** "Tuesday, December 9": the nearest year in which that day is that weekday, if any. */
function withWeekday(
  month: number,
  day: number,
  pub: CalendarDate,
  weekdayName: string | undefined,
): CalendarDate | undefined {
  const weekday = weekdayName === undefined ? undefined : weekdayNumber(weekdayName);
  if (weekday === undefined) return undefined;
  return [
    resolveMonthDay(month, day, pub, { direction: 'past' }),
    resolveMonthDay(month, day, pub, { direction: 'future' }),
  ]
    .filter((date): date is CalendarDate => date !== undefined && weekdayOf(date) === weekday)
    .sort((a, b) => distanceInDays(a, pub) - distanceInDays(b, pub))[0];
}

const distanceInDays = (a: CalendarDate, b: CalendarDate): number =>
  Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) /
  86_400_000;

/** A day (and optional second day of a range) in a month whose year may be missing. */
function dayInMonth(
  groups: Groups,
  match: RegExpExecArray,
  context: RuleContext,
): RuleMatch | null {
  const month = monthNumber(groups.month ?? '');
  const day = Number(groups.day);
  const lastDay = groups.day2 === undefined ? undefined : Number(groups.day2);
  if (month === undefined || (lastDay !== undefined && lastDay <= day)) return null;
  if (groups.year !== undefined) {
    const year = Number(groups.year);
    return explicit(
      { year, month, day },
      lastDay === undefined ? undefined : { year, month, day: lastDay },
    );
  }
  const pub = pubDay(context);
  if (pub === undefined) return null;
  const direction = context.direction(match.index, match.index + match[0].length);
  const from =
    withWeekday(month, day, pub, groups.weekday) ?? resolveMonthDay(month, day, pub, { direction });
  if (from === undefined) return null;
  if (lastDay !== undefined && !isValidDate(from.year, month, lastDay)) return null;
  return {
    from,
    ...(lastDay === undefined ? {} : { to: { year: from.year, month, day: lastDay } }),
    relative: true,
    yearInferred: true,
  };
}

const rx = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

const RELATIVE_SHIFT: Partial<Record<string, number>> = {
  this: 0,
  'the current': 0,
  last: -1,
  next: 1,
};

const RELATIVE_DAY_SHIFT: Partial<Record<string, number>> = {
  'the day before yesterday': -2,
  yesterday: -1,
  'last night': -1,
  'the previous day': -1,
  tomorrow: 1,
};

export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'iso-date',
    reason: 'ISO dates in metadata-like text: 2025-04-23',
    pattern: rx('(?<![\\d-])(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?![\\d-])'),
    resolve: (g) => explicit({ year: Number(g.year), month: Number(g.month), day: Number(g.day) }),
  },
  {
    id: 'numeric-dmy',
    reason: 'Dotted day.month.year as European and post-Soviet sites write it: 23.04.2025',
    pattern: rx(
      `(?<![\\d.])(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>${YEAR})(?!\\d|\\.\\d)`,
    ),
    resolve: (g) => explicit({ year: Number(g.year), month: Number(g.month), day: Number(g.day) }),
  },
  {
    id: 'day-range-month',
    reason: 'A span of days before the month: 12–14 March 2023, 12-14 March',
    pattern: rx(
      `\\b(?<day>\\d{1,2})${ORDINAL}${RANGE_JOIN}(?<day2>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<month>${MONTH_SOURCE})(?:,?\\s+(?<year>${YEAR})(?!\\d))?`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'month-day-range',
    reason: 'A span of days after the month: March 12-14, from March 12 to 14, 2023',
    pattern: rx(
      `${WEEKDAY_PREFIX}\\b(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})${ORDINAL}${RANGE_JOIN}(?<day2>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s+(?<year>${YEAR})(?!\\d))?`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'day-month-year',
    reason: 'Day first: 25 September, 2025; on 9 March 2024; Saturday, 9 March 2024',
    pattern: rx(
      `${WEEKDAY_PREFIX}\\b(?<day>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<month>${MONTH_SOURCE}),?\\s+(?<year>${YEAR})(?!\\d)`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'month-day-year',
    reason: 'Month first: September 25, 2025; March 06, 2023; Feb. 11, 2025',
    pattern: rx(
      `${WEEKDAY_PREFIX}\\b(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})${ORDINAL},?\\s+(?<year>${YEAR})(?!\\d)`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'month-year',
    reason: 'A month of a year: July 2024, since March 2019',
    pattern: rx(`\\b(?<month>${MONTH_SOURCE})(?:\\s+of)?,?\\s+(?<year>${YEAR})(?!\\d)`),
    resolve: (g) => {
      const month = monthNumber(g.month ?? '');
      return month === undefined ? null : explicit({ year: Number(g.year), month });
    },
  },
  {
    id: 'day-month',
    reason: 'Day and month without a year (year from publication): 3 July',
    pattern: rx(
      `${WEEKDAY_PREFIX}\\b(?<day>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(?<month>${MONTH_SOURCE})`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'month-day',
    reason:
      'Month and day without a year (year from publication): May 6, Feb. 11, Tuesday, December 9',
    pattern: rx(
      `${WEEKDAY_PREFIX}\\b(?<month>${MONTH_SOURCE})\\s+(?<day>\\d{1,2})${ORDINAL}(?![\\d:]|[.,]\\d)`,
    ),
    resolve: dayInMonth,
  },
  {
    id: 'month-relative',
    reason: 'last/this/next plus a month name: last July',
    pattern: rx(`\\b(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<month>${FULL_MONTH_SOURCE})`),
    resolve: (g, _m, { pub }) => {
      const month = monthNumber(g.month ?? '');
      if (month === undefined || pub.month === undefined) return null;
      const rel = g.rel?.toLowerCase();
      if (rel === 'this') return relative({ year: pub.year, month });
      const direction = rel === 'next' ? 'future' : 'past';
      return relative(
        resolveMonth(month, { year: pub.year, month: pub.month }, { direction, strict: true }),
      );
    },
  },
  {
    id: 'month-name',
    reason:
      'A bare month after a preposition (in March, since May, mid-June); the preposition keeps the modal "may" and the verb "march" out',
    pattern: rx(`\\b(?<month>${FULL_MONTH_SOURCE})`),
    before:
      /\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Bb]efore|[Aa]fter|of|[Ee]arly|[Mm]id|[Ll]ate|[Tt]hroughout)[-\s]+$/,
    resolve: (g, match, context) => {
      const month = monthNumber(g.month ?? '');
      const { pub } = context;
      if (month === undefined || pub.month === undefined) return null;
      const direction = context.direction(match.index, match.index + match[0].length);
      return {
        from: resolveMonth(month, { year: pub.year, month: pub.month }, { direction }),
        relative: true,
        yearInferred: true,
      };
    },
  },
  {
    id: 'weekday-relative',
    reason: 'last/this/next plus a weekday: last Tuesday',
    pattern: rx(`\\b(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<weekday>${WEEKDAY_SOURCE})`),
    resolve: (g, match, context) => {
      const weekday = weekdayNumber(g.weekday ?? '');
      const pub = pubDay(context);
      if (weekday === undefined || pub === undefined) return null;
      const rel = g.rel?.toLowerCase();
      if (rel === 'this') {
        const direction = context.direction(match.index, match.index + match[0].length);
        return relative(resolveWeekday(weekday, pub, { direction }));
      }
      const direction = rel === 'next' ? 'future' : 'past';
      return relative(resolveWeekday(weekday, pub, { direction, strict: true }));
    },
  },
  {
    id: 'weekday',
    reason:
      'A weekday after on/since/by (on Wednesday), or right after a past verb in wire style (met Saturday, arrived Tuesday; not a reporting verb: "said Monday" is when it was told): the nearest such day, publication day included; a bare "Wednesday" is not taken',
    pattern: rx(`\\b(?<weekday>${WEEKDAY_SOURCE})`),
    before:
      /\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Bb]efore|[Aa]fter|(?!(?:announc|stat|report|not|add|confirm|declar|tweet|post|explain|emphasi[sz]|stress|underlin|highlight|claim|warn|quot)ed\b)[a-z]{2,}ed|met|went|came|flew|held|spoke|took|gave|made|left|began|sent)\s+$/,
    resolve: (g, match, context) => {
      const weekday = weekdayNumber(g.weekday ?? '');
      const pub = pubDay(context);
      if (weekday === undefined || pub === undefined) return null;
      const direction = context.direction(match.index, match.index + match[0].length);
      return relative(resolveWeekday(weekday, pub, { direction }));
    },
  },
  {
    id: 'relative-day',
    reason: 'today, yesterday, tomorrow and their kin, counted from the publication day',
    pattern: rx(
      '\\b(?<phrase>the day before yesterday|today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|later today|the previous day)\\b',
      'gi',
    ),
    resolve: (g, _m, context) => {
      const pub = pubDay(context);
      if (pub === undefined) return null;
      const phrase = (g.phrase ?? '').toLowerCase();
      const shift = RELATIVE_DAY_SHIFT[phrase] ?? 0;
      return relative(addDays(pub, shift));
    },
  },
  {
    id: 'first-months-of-year',
    reason: '"the first nine months of this year" is a stretch of that year: year precision',
    pattern: rx(
      `\\b(?:the\\s+)?first\\s+(?<count>${COUNT_SOURCE})\\s+months\\s+of\\s+(?<rel>this|last|the current)\\s+year\\b`,
      'gi',
    ),
    resolve: (g, _m, { pub }) =>
      relative({ year: pub.year + (g.rel?.toLowerCase() === 'last' ? -1 : 0) }),
  },
  {
    id: 'relative-year',
    reason: 'this/last/next year at year precision (chrono would give a day a year back)',
    pattern: rx('\\b(?:(?:earlier|later)\\s+)?(?<rel>this|last|next|the current)\\s+year\\b', 'gi'),
    resolve: (g, _m, { pub }) =>
      relative({ year: pub.year + (RELATIVE_SHIFT[g.rel?.toLowerCase() ?? ''] ?? 0) }),
  },
  {
    id: 'relative-month',
    reason: 'this/last/next month at month precision',
    pattern: rx(
      '\\b(?:(?:earlier|later)\\s+)?(?<rel>this|last|next|the current)\\s+month\\b',
      'gi',
    ),
    resolve: (g, _m, { pub }) =>
      pub.month === undefined
        ? null
        : relative(
            shiftMonth(
              { year: pub.year, month: pub.month },
              RELATIVE_SHIFT[g.rel?.toLowerCase() ?? ''] ?? 0,
            ),
          ),
  },
  {
    id: 'relative-week',
    reason: 'this/last/next week as the Monday–Sunday days it covers',
    pattern: rx('\\b(?:(?:earlier|later)\\s+)?(?<rel>this|last|next)\\s+week\\b', 'gi'),
    resolve: (g, _m, context) => {
      const pub = pubDay(context);
      if (pub === undefined) return null;
      const [monday, sunday] = resolveWeek(pub, RELATIVE_SHIFT[g.rel?.toLowerCase() ?? ''] ?? 0);
      return relative(monday, sunday);
    },
  },
  {
    id: 'ago',
    reason: 'N years/months/days ago, at the precision of the unit',
    pattern: rx(`\\b(?<count>${COUNT_SOURCE})\\s+(?<unit>year|month|day)s?\\s+ago\\b`, 'gi'),
    resolve: (g, _m, context) => {
      const count = countValue(g.count ?? '');
      const { pub } = context;
      if (count === undefined) return null;
      const unit = g.unit?.toLowerCase();
      if (unit === 'year') return relative({ year: pub.year - count });
      if (unit === 'month') {
        return pub.month === undefined
          ? null
          : relative(shiftMonth({ year: pub.year, month: pub.month }, -count));
      }
      const day = pubDay(context);
      return day === undefined ? null : relative(addDays(day, -count));
    },
  },
  {
    id: 'year-range',
    reason: 'A span of years: 2020-2023, 2020–23, from 2019 to 2022, between 2020 and 2023',
    pattern: rx(
      `(?:\\b(?<lead>[Ff]rom|[Bb]etween)\\s+)?(?<![\\w$€£¥.,/#-])(?<year>${YEAR})(?:\\s*[-–—]\\s*|\\s+(?<conj>to|and|until|till|through)\\s+)(?<year2>${YEAR}|\\d{2})(?![\\w%]|[.,]\\d)`,
    ),
    resolve: (g, match, { text }) => {
      if (g.conj === 'and' && g.lead?.toLowerCase() !== 'between') return null;
      const from = Number(g.year);
      const written = g.year2 ?? '';
      const to =
        written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) : Number(written);
      const end = match.index + match[0].length;
      if (to <= from || !isYearInContext(text, end - written.length, end)) return null;
      return explicit({ year: from }, { year: to });
    },
  },
  {
    id: 'year',
    reason:
      'A bare year in 1900..2100 where the words around it read as a year (in 2017, 2025 was, mid-2024), not a count (2000 troops)',
    pattern: rx(
      `(?:\\b(?:[Ee]arly|[Mm]id|[Ll]ate)[-\\s]|(?<![\\w$€£¥.,/#'’-]))(?<year>${YEAR})(?![\\w%]|[.,]\\d|-\\d)`,
    ),
    resolve: (g, match, { text }) => {
      const end = match.index + match[0].length;
      return isYearInContext(text, end - 4, end) ? explicit({ year: Number(g.year) }) : null;
    },
  },
];
