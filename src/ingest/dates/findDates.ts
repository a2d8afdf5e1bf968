// Finds and resolves the dates in a sentence (or any text). Runs per
// sentence during extraction, so it is built for speed: one cheap test
// rejects text with no date-like word, then compact patterns (dateRules.ts)
// run instead of a general date parser, which also matches "now" or
// "second" in running text.
import { formatPartialDate } from './calendarDate';
import type { DateCandidate, DateMention, DatePoint } from './DateMention';
import type { RuleContext } from './dateRules';
import { DATE_RULES } from './dateRules';
import { futureCueTest } from './futureCueTest';
import { mergeRanges } from './mergeRanges';
import { parsePublicationDate } from './publicationDate';

const MAY_HOLD_A_DATE =
  /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|year|month|week|night|morning|afternoon|evening|tomorrow/i;

/**
 * Dates in `text`, resolved against `publishedAt` (ISO 8601; only its calendar
 * date is used). Offsets are into the full article: `offset` is where `text`
 * starts in it. Throws RangeError only for an unreadable `publishedAt`.
 */
export function findDates(text: string, publishedAt: string, offset = 0): DateMention[] {
  const pub = parsePublicationDate(publishedAt);
  if (!MAY_HOLD_A_DATE.test(text)) return [];
  const futureCue = futureCueTest(text);
  const context: RuleContext = {
    text,
    pub,
    direction: (start, end) => (futureCue(start, end) ? 'future' : 'past'),
  };
  const candidates: DateCandidate[] = [];
  DATE_RULES.forEach((rule, priority) => {
    rule.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = rule.pattern.exec(text)) !== null) {
      if (
        rule.before &&
        !rule.before.test(text.slice(Math.max(0, match.index - 24), match.index))
      ) {
        continue;
      }
      const result = rule.resolve(match.groups ?? {}, match, context);
      if (result) {
        const start = match.index;
        candidates.push({
          ...result,
          start,
          end: start + match[0].length,
          rule: rule.id,
          priority,
        });
      }
    }
  });
  return mergeRanges(longestFirst(candidates, text.length), text).map((candidate) =>
    toMention(candidate, text, offset),
  );
}

/** Longest match wins an overlap (then the earlier, then the higher-priority rule); result in text order. */
function longestFirst(candidates: DateCandidate[], textLength: number): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.priority - b.priority,
  );
  // Characters already claimed by a kept match: linear in the matched length, however many matches.
  const taken = new Uint8Array(textLength);
  const kept: DateCandidate[] = [];
  for (const candidate of ranked) {
    if (taken.subarray(candidate.start, candidate.end).includes(1)) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const precisionOf = (point: DatePoint): DateMention['precision'] =>
  point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : 'year';

function toMention(candidate: DateCandidate, text: string, offset: number): DateMention {
  return {
    start: candidate.start + offset,
    end: candidate.end + offset,
    text: text.slice(candidate.start, candidate.end),
    value: formatPartialDate(candidate.from),
    precision: precisionOf(candidate.from),
    ...(candidate.to ? { valueEnd: formatPartialDate(candidate.to) } : {}),
    relative: candidate.relative,
    rule: candidate.rule,
  };
}
