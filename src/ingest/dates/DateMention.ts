// Shapes shared by the date finder, its rule table and the range merger.

/** A date found in text, resolved against the article's publication date. */
export interface DateMention {
  /** Offsets into the full article (the `offset` given to findDates is added). */
  start: number;
  end: number;
  text: string;
  /** ISO 8601 at `precision`: `2025`, `2025-04` or `2025-04-23`. */
  value: string;
  precision: 'year' | 'month' | 'day';
  /** Last day/month/year of a range ("from June 30 to July 2"). */
  valueEnd?: string;
  /** True when the value depends on the publication date ("this year", "July 3", "on Wednesday"). */
  relative: boolean;
  /** Id of the rule in dateRules.ts that matched. */
  rule: string;
}

/** A date at year, month or day precision. */
export interface DatePoint {
  year: number;
  month?: number;
  day?: number;
}

/** What a rule makes of one regex match. */
export interface RuleMatch {
  from: DatePoint;
  to?: DatePoint;
  relative: boolean;
  /** The year was not written but chosen (so a range partner may lend its own). */
  yearInferred: boolean;
}

/** A rule match located in the text, before overlaps are settled. */
export interface DateCandidate extends RuleMatch {
  start: number;
  end: number;
  rule: string;
  priority: number;
}
