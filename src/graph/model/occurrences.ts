// Which occurrence of an event series (one leader's visits to one country,
// one pair's meetings) each mention is. Decided over all the series'
// evidence at once, so the answer depends on the set of articles, never on
// the order they came in, and a retraction gives what the rest alone give.
//
// By precision, finest first:
//   1. days (from the text, stated once): mentions whose days lie within
//      SAME_OCCURRENCE_GAP_DAYS of each other are one occurrence;
//   2. months: a month mention is the one day occurrence inside its month if
//      there is exactly one; with none, the month is an occurrence of its own;
//   3. vague (a year, a date taken from the article, no date, or a stated
//      count of several): the one occurrence it fits if exactly one, else a
//      fact of its own that may be any of the candidates (mayBe, with a
//      reason). A count of several never attaches to one occurrence alone.
import { occurrenceKey } from '../../ingest/factKey';
import { datePrecision } from './mergeDates';

/** Day mentions this close (in days) may be one trip or one round of talks. */
export const SAME_OCCURRENCE_GAP_DAYS = 3;

export interface OccurrenceMention {
  /** The evidence key. */
  key: string;
  date: string | null;
  dateEnd: string | null;
  dateSource: 'text' | 'article' | null;
  count: number | null;
}

export interface Occurrence {
  /** occurrenceKey(series, on). */
  factKey: string;
  /** Its date: the first day of a day occurrence, else the month, year or `undated`. */
  on: string;
  /** Evidence keys, sorted. */
  evidence: string[];
  /** Occurrences a vague fact may be (keys, sorted); empty for a dated occurrence. */
  mayBe: string[];
  mayBeReason: string | null;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** First and last day number a partial date covers. */
function span(date: string): [number, number] {
  if (date.length === 10) return [dayNumber(date), dayNumber(date)];
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const first = Date.UTC(year, month - 1, 1) / DAY_MS;
    return [first, Date.UTC(year, month, 1) / DAY_MS - 1];
  }
  return [dayNumber(`${date}-01-01`), dayNumber(`${date}-12-31`)];
}

type Level = 'day' | 'month' | 'vague';

function levelOf(mention: OccurrenceMention): Level {
  if (mention.date === null || mention.dateSource === 'article') return 'vague';
  if (mention.count !== null && mention.count > 1) return 'vague';
  const precision = datePrecision(mention.date);
  return precision === 'year' ? 'vague' : precision;
}

/** The days a vague mention allows: its year, up to its article's date, or any. */
function vagueWindow(mention: OccurrenceMention): [number, number] {
  if (mention.date === null) return [-Infinity, Infinity];
  if (mention.dateSource === 'article') return [-Infinity, span(mention.date)[1]];
  return span(mention.date);
}

/** The label a vague fact is grouped and keyed by. */
function vagueLabel(mention: OccurrenceMention): string {
  return mention.date === null ? 'undated' : mention.date.slice(0, 4);
}

interface Cluster {
  on: string;
  first: number;
  last: number;
  evidence: string[];
}

function dayClusters(days: readonly OccurrenceMention[]): Cluster[] {
  const items = days
    .map((mention) => {
      const [first] = span(mention.date as string);
      const end =
        mention.dateEnd !== null && mention.dateEnd.length === 10 ? mention.dateEnd : null;
      const last = end === null ? first : Math.max(first, dayNumber(end));
      return { mention, first, last };
    })
    .sort((a, b) => a.first - b.first || a.mention.key.localeCompare(b.mention.key));
  const clusters: Cluster[] = [];
  for (const { mention, first, last } of items) {
    const open = clusters[clusters.length - 1];
    if (open !== undefined && first - open.last <= SAME_OCCURRENCE_GAP_DAYS) {
      open.last = Math.max(open.last, last);
      open.evidence.push(mention.key);
    } else {
      clusters.push({ on: mention.date as string, first, last, evidence: [mention.key] });
    }
  }
  return clusters;
}

const overlapping = (cluster: Cluster, [first, last]: [number, number]) =>
  cluster.first <= last && cluster.last >= first;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

/** The occurrences of one series (`seriesKey`) given all its mentions. */
export function assignOccurrences(
  seriesKey: string,
  mentions: readonly OccurrenceMention[],
): Occurrence[] {
  const byLevel = groupBy(mentions, levelOf);
  const occurrences = dayClusters(byLevel.get('day') ?? []);
  const own: { on: string; evidence: string[]; mayBe: Cluster[]; reason: string | null }[] = [];

  // Months: candidates are day occurrences only, so months never chain into one another.
  const dayOccurrences = [...occurrences];
  for (const [month, items] of groupBy(byLevel.get('month') ?? [], (m) => m.date as string)) {
    const candidates = dayOccurrences.filter((cluster) => overlapping(cluster, span(month)));
    const keys = items.map((item) => item.key);
    if (candidates.length === 1) (candidates[0] as Cluster).evidence.push(...keys);
    else if (candidates.length === 0) {
      const [first, last] = span(month);
      occurrences.push({ on: month, first, last, evidence: keys });
    } else {
      own.push({
        on: month,
        evidence: keys,
        mayBe: candidates,
        reason: `${candidates.length} occurrences in ${month}`,
      });
    }
  }

  const vague = new Map<
    string,
    { evidence: string[]; mayBe: Set<Cluster>; reasons: Set<string> }
  >();
  for (const mention of byLevel.get('vague') ?? []) {
    const window = vagueWindow(mention);
    const candidates = occurrences.filter((cluster) => overlapping(cluster, window));
    const several = mention.count !== null && mention.count > 1;
    if (candidates.length === 1 && !several) {
      (candidates[0] as Cluster).evidence.push(mention.key);
      continue;
    }
    const label = vagueLabel(mention);
    const group = vague.get(label) ?? { evidence: [], mayBe: new Set(), reasons: new Set() };
    group.evidence.push(mention.key);
    candidates.forEach((candidate) => group.mayBe.add(candidate));
    if (several) group.reasons.add(`stated count ${mention.count}`);
    if (candidates.length > 1) group.reasons.add(`${candidates.length} occurrences fit`);
    vague.set(label, group);
  }
  for (const [label, group] of vague) {
    own.push({
      on: label,
      evidence: group.evidence,
      mayBe: [...group.mayBe],
      reason: group.mayBe.size === 0 ? null : [...group.reasons].sort().join('; ') || null,
    });
  }

  const keyOf = (on: string) => occurrenceKey(seriesKey, on);
  return [
    ...occurrences.map((cluster) => ({
      factKey: keyOf(cluster.on),
      on: cluster.on,
      evidence: [...cluster.evidence].sort(),
      mayBe: [],
      mayBeReason: null,
    })),
    ...own.map((fact) => ({
      factKey: keyOf(fact.on),
      on: fact.on,
      evidence: [...fact.evidence].sort(),
      mayBe: fact.mayBe.map((cluster) => keyOf(cluster.on)).sort(),
      mayBeReason: fact.mayBe.length === 0 ? null : fact.reason,
    })),
  ].sort((a, b) => a.factKey.localeCompare(b.factKey));
}
