// A publication date as its parts, and its ISO 8601 form: the date alone when
// no time is known, local time without an invented offset, the offset only
// when the source gives one.
import type { ParsedComponents } from 'chrono-node';

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, or 'Z'; absent when the source gives none. */
  offset?: number | 'Z';
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatDateTime(parts: DateTimeParts): string {
  const date = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined) return date;
  const time = `${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}`;
  return `${date}T${time}${formatOffset(parts.offset)}`;
}

function formatOffset(offset: DateTimeParts['offset']): string {
  if (offset === undefined) return '';
  if (offset === 'Z') return 'Z';
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The certain parts of a chrono result; undefined unless year, month and day are all certain. */
export function partsFromChrono(components: ParsedComponents): DateTimeParts | undefined {
  const year = certain(components, 'year');
  const month = certain(components, 'month');
  const day = certain(components, 'day');
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return { year, month, day, ...timeFromChrono(components) };
}

/** Hour, minute, second and offset when chrono is certain of the hour. */
export function timeFromChrono(
  components: ParsedComponents,
): Pick<DateTimeParts, 'hour' | 'minute' | 'second' | 'offset'> {
  const hour = certain(components, 'hour');
  if (hour === undefined) return {};
  const offset = certain(components, 'timezoneOffset');
  return {
    hour,
    minute: certain(components, 'minute') ?? 0,
    second: certain(components, 'second') ?? 0,
    ...(offset === undefined ? {} : { offset }),
  };
}

function certain(
  components: ParsedComponents,
  name: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'timezoneOffset',
): number | undefined {
  if (!components.isCertain(name)) return undefined;
  return components.get(name) ?? undefined;
}

export function sameDay(a: DateTimeParts, b: DateTimeParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
