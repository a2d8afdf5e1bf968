// Assigns each relation its date. Facts with a trigger (a meeting, a visit, a
// signing) take the date stated nearest their trigger in the sentence, else
// the article's first day date (the reported event), else the publication
// year. Dates in a clause about something else (dateClauses.ts) are skipped.
// Acts reported by the story (support voiced, ties upgraded) without a date of
// their own take the story's day; standing facts (roles, membership) are
// dated by the article and say so. Facts reached through a description ("the
// Russian president") are not trusted for events more than a year old.
import type { Ctx } from './context';
import { inQuote } from './context';
import { datingRules, earlierClause, isTerm, relativeClauses, sameDayDates } from './dateClauses';
import type { Clause } from './dateClauses';
import type { Candidate, DateMention, Sentence } from './model';

export interface Dated {
  date: string;
  dateEnd?: string;
  dateSource: 'text' | 'article';
  /** How good the date is, for choosing between repeats: 3 own, 2 the story's day, 1 the article. */
  rank: number;
}

interface SentenceDating {
  clauses: Clause[];
  dates: DateMention[];
}

// Per article and sentence: the clauses and dates, computed once for all its candidates.
const perSentence = new WeakMap<Ctx, Map<number, SentenceDating>>();

function sentenceDating(ctx: Ctx, s: Sentence): SentenceDating {
  let bySentence = perSentence.get(ctx);
  if (!bySentence) {
    bySentence = new Map();
    perSentence.set(ctx, bySentence);
  }
  let found = bySentence.get(s.index);
  if (!found) {
    const own = ctx.dates.filter((d) => d.start >= s.start && d.end <= s.end);
    found = { clauses: relativeClauses(ctx, s), dates: [...own, ...sameDayDates(ctx, s)] };
    bySentence.set(s.index, found);
  }
  return found;
}

function nearest(ctx: Ctx, c: Candidate): DateMention | undefined {
  const s = ctx.sentences[c.sentence];
  if (!s) return undefined;
  let best: DateMention | undefined;
  let bestD = Infinity;
  const { clauses, dates } = sentenceDating(ctx, s);
  const own = datingRules().ownTypes.has(c.type);
  for (const d of dates) {
    // A relative clause's date is its own: "X, who arrived on Monday, met Y".
    const clause = clauses.find((k) => k.start <= d.start && d.end <= k.end);
    const inClause = (k: { start: number; end: number }): boolean =>
      k.start <= c.anchor && c.anchor < k.end;
    // "the partnership …, which was established in 2018" dates that partnership.
    const describesAnchor =
      !!clause &&
      clause.kind === 'thing' &&
      c.anchor < clause.start &&
      clause.start - c.anchor < 100;
    if (clause && !inClause(clause) && !describesAnchor) continue;
    // A date quoted is the speaker's topic, not the date of a fact reported outside the quote.
    if (inQuote(ctx, d.start) !== inQuote(ctx, c.anchor)) continue;
    if (isTerm(ctx, d)) continue;
    // A fact reported as done is not dated after the report ("its bid to host the 2027 forum").
    if (d.value > ctx.pubDay.slice(0, d.value.length)) continue;
    const earlier = earlierClause(ctx, s, d);
    if (earlier && !inClause(earlier)) continue;
    // A date inside an event or agreement name is that thing's, not the fact's.
    const inName = ctx.mentions.some(
      (m) =>
        m.start <= d.start &&
        d.end <= m.end &&
        (m.kind === 'Event' ||
          (m.kind === 'Agreement' &&
            ctx.agreements.some((a) => a.id === m.id && a.name.includes(d.text)))),
    );
    if (inName) continue;
    // "… reviewed the agreements reached last year": the date belongs to "reached".
    if (d.start > c.anchor + 12) {
      const lead = /([\p{L}-]+)\s+(?:(?:on|in|at|since|by)\s+)?$/u.exec(
        ctx.text.slice(Math.max(s.start, d.start - 40), d.start),
      );
      const ownVerb = own && ownVerbBefore(ctx, s.start, d);
      if (
        lead &&
        !ownVerb &&
        /ed$/i.test(lead[1] ?? '') &&
        !/^(?:held|signed|met|visited)$/i.test(lead[1] ?? '')
      )
        continue;
    }
    // A relation's own founding date ("…, which was established in 2018") beats any other.
    if (own && describesAnchor && ownVerbBefore(ctx, s.start, d)) return d;
    const dist = d.start >= c.anchor ? d.start - c.anchor : (c.anchor - d.end) * 1.2;
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

/** "established in 2018": a participle that dates the relation itself stands before the date. */
function ownVerbBefore(ctx: Ctx, from: number, d: DateMention): boolean {
  return datingRules().ownVerb.test(
    ctx.text
      .slice(Math.max(from, d.start - 40), d.start)
      .replace(/\s*(?:on|in|at|since|by)\s+$/i, ' '),
  );
}

/** The first day-precision date of the body: the day the reported events happened. */
function narrativeDate(ctx: Ctx): DateMention | undefined {
  return ctx.dates.find(
    (d) => d.precision === 'day' && d.start >= ctx.article.bodyStart && d.value <= ctx.pubDay,
  );
}

/** The story's day for an act without a date of its own, when it falls in the publication year. */
function storyDay(ctx: Ctx, c: Candidate): Dated | undefined {
  const r = datingRules();
  const act = r.dayFallback.has(c.type) || (c.dating === 'event' && r.eventDayFallback.has(c.type));
  if (!act) return undefined;
  const n = narrativeDate(ctx);
  if (!n || !n.value.startsWith(ctx.pubYear)) return undefined;
  return { date: n.value, dateSource: 'article', rank: 2 };
}

export function dateFor(ctx: Ctx, c: Candidate): Dated | undefined {
  let out: Dated;
  if (c.dating === 'fixed' && c.date) {
    out = { date: c.date, dateSource: 'text', rank: 3 };
    if (c.dateEnd) out.dateEnd = c.dateEnd;
  } else if (c.dating === 'event') {
    const d = nearest(ctx, c);
    const eventType = ['MET', 'SIGNED', 'ATTENDED', 'VISITED', 'PARTY_TO'].includes(c.type);
    const n = !d && eventType ? narrativeDate(ctx) : undefined;
    const use = d ?? n;
    if (use) {
      out = { date: use.value, dateSource: 'text', rank: d ? 3 : 2 };
      if (use.valueEnd) out.dateEnd = use.valueEnd;
    } else if (eventType) {
      // A reported event without any date in the text: the day of the report.
      out = { date: ctx.pubDay, dateSource: 'article', rank: 1 };
    } else out = storyDay(ctx, c) ?? { date: ctx.pubYear, dateSource: 'article', rank: 1 };
  } else {
    out = storyDay(ctx, c) ?? { date: ctx.pubYear, dateSource: 'article', rank: 1 };
  }
  if (c.viaCoref && Number(out.date.slice(0, 4)) < Number(ctx.pubYear) - 1) return undefined;
  return out;
}
