// Assigns each relation its date. Facts with a trigger (a meeting, a visit, a
// signing) take the date stated nearest their trigger in the sentence, else
// the article's first day date (the reported event), else the publication
// year. Standing facts (roles, cooperation) are dated by the article and say
// so. Facts reached through a description ("the Russian president") are not
// trusted for events more than a year old.
import type { Ctx } from './context';
import type { Candidate, DateMention } from './model';

export interface Dated {
  date: string;
  dateEnd?: string;
  dateSource: 'text' | 'article';
}

function nearest(ctx: Ctx, c: Candidate): DateMention | undefined {
  const s = ctx.sentences[c.sentence];
  if (!s) return undefined;
  let best: DateMention | undefined;
  let bestD = Infinity;
  for (const d of ctx.dates) {
    if (d.start < s.start || d.end > s.end) continue;
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
      if (
        lead &&
        /ed$/i.test(lead[1] ?? '') &&
        !/^(?:held|signed|met|visited)$/i.test(lead[1] ?? '')
      )
        continue;
    }
    const dist = d.start >= c.anchor ? d.start - c.anchor : (c.anchor - d.end) * 1.2;
    if (dist < bestD) {
      best = d;
      bestD = dist;
    }
  }
  return best;
}

/** The first day-precision date of the body: the day the reported events happened. */
function narrativeDate(ctx: Ctx): DateMention | undefined {
  return ctx.dates.find(
    (d) => d.precision === 'day' && d.start >= ctx.article.bodyStart && d.value <= ctx.pubDay,
  );
}

export function dateFor(ctx: Ctx, c: Candidate): Dated | undefined {
  let out: Dated;
  if (c.dating === 'fixed' && c.date) {
    out = { date: c.date, dateSource: 'text' };
    if (c.dateEnd) out.dateEnd = c.dateEnd;
  } else if (c.dating === 'event') {
    const d = nearest(ctx, c);
    const eventType = ['MET', 'SIGNED', 'ATTENDED', 'VISITED', 'PARTY_TO'].includes(c.type);
    const n = !d && eventType ? narrativeDate(ctx) : undefined;
    const use = d ?? n;
    if (use) {
      out = { date: use.value, dateSource: 'text' };
      if (use.valueEnd) out.dateEnd = use.valueEnd;
    } else if (eventType) {
      // A reported event without any date in the text: the day of the report.
      out = { date: ctx.pubDay, dateSource: 'article' };
    } else out = { date: ctx.pubYear, dateSource: 'article' };
  } else {
    out = { date: ctx.pubYear, dateSource: 'article' };
  }
  if (c.viaCoref && Number(out.date.slice(0, 4)) < Number(ctx.pubYear) - 1) return undefined;
  return out;
}
