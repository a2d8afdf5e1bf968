// DIPLOMATIC_RELATIONS: relations established, dated by the text — "N years
// since the establishment of diplomatic ties" (publication year − N), "the Nth
// anniversary of diplomatic relations", "established diplomatic relations in
// 1992".
import type { Ctx } from '../context';
import type { Candidate } from '../model';
import { candidate } from './candidate';
import { countriesIn, partiesIn } from './clauses';
import type { RelationRule } from './relationRule';

const SINCE =
  /\b(\d{1,3})\s+years\s+(?:since|after)\s+(?:the\s+)?(?:establishment\s+of|establishing)\s+(?:the\s+)?diplomatic\s+(?:relations|ties)/i;
const ANNIVERSARY =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?(?:(?:[\p{L}-]+\s+){0,3})?(?:diplomatic\s+)?(?:relations|ties)\b/iu;
const ESTABLISHED =
  /\b(?:established|establishment\s+of|establishing|restored|resumed)\s+(?:the\s+)?(?:full\s+|formal\s+|normal\s+)?diplomatic\s+(?:relations|ties)|\b(?:normali[sz]ed|normali[sz]ation\s+of)\s+(?:their\s+|the\s+)?(?:diplomatic\s+)?(?:relations|ties)|\bdiplomatic\s+(?:relations|ties)\s+(?:between\s+[^.;]{3,80}?\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:officially\s+|formally\s+)?(?:established|restored|resumed)\b/i;

const WITH_LIST = /^[^.;]*?\bwith\s+/i;
const MAINTAINED_SINCE =
  /\b(?:have|has|had)\s+(?:maintained|had|enjoyed)\s+diplomatic\s+(?:relations|ties)\s+since\s+/i;

export const diplomaticRelations: RelationRule = {
  id: 'diplomatic-relations:established',
  reason:
    'An explicit establishment of diplomatic relations, or an anniversary or "N years since" that dates it.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const year = Number(ctx.pubYear);
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      let date: string | undefined;
      let at = -1;
      let why = '';
      const since = SINCE.exec(text);
      const anniversary = ANNIVERSARY.exec(text);
      const established = ESTABLISHED.exec(text);
      if (since) {
        date = String(year - Number(since[1]));
        at = since.index;
        why = `"${since[0]}"`;
      } else if (anniversary) {
        date = String(year - Number(anniversary[1]));
        at = anniversary.index;
        why = `"${anniversary[0]}"`;
        // "…, established on October 22, 1993": the stated day of that year is more precise.
        const y = date;
        const stated = ctx.dates.find(
          (d) => d.start >= s.start && d.end <= s.end && d.value.startsWith(`${y}-`),
        );
        if (stated) date = stated.value;
      } else if (established) {
        at = established.index;
        why = `"${established[0]}"`;
      } else if (MAINTAINED_SINCE.test(text)) {
        // "have maintained diplomatic relations since 1993".
        const m = MAINTAINED_SINCE.exec(text);
        const d = m
          ? ctx.dates.find((x) => x.start >= s.start + m.index + m[0].length - 1 && x.end <= s.end)
          : undefined;
        if (!m || !d) continue;
        date = d.value;
        at = m.index;
        why = `"${m[0].trim()}"`;
      } else continue;
      const parties = partiesIn(ctx, s.start, s.end, true);
      // "Chile established diplomatic relations with Fiji, Tonga and Samoa": one fact each.
      const withList =
        established && !since && !anniversary
          ? WITH_LIST.exec(text.slice(established.index))
          : null;
      if (withList && established && parties.length > 2) {
        const subject = countriesIn(ctx, s.start, s.start + established.index)[0];
        const others = countriesIn(ctx, s.start + established.index, s.end).filter(
          (c) => c !== subject,
        );
        if (subject && others.length) {
          for (const other of others)
            out.push(
              candidate(ctx, {
                type: 'DIPLOMATIC_RELATIONS',
                from: subject,
                to: other,
                anchor: s.start + at,
                dating: 'event',
                rule: 'diplomatic-relations:established',
                reason: `${why} with each of a list`,
                confidence: 0.8,
              }),
            );
          continue;
        }
      }
      if (parties.length !== 2) continue;
      const dating = date ? 'fixed' : 'event';
      out.push(
        candidate(
          ctx,
          {
            type: 'DIPLOMATIC_RELATIONS',
            from: parties[0] ?? '',
            to: parties[1] ?? '',
            anchor: s.start + at,
            dating,
            rule: 'diplomatic-relations:established',
            reason: why,
            confidence: 0.8,
          },
          date ? { date } : {},
        ),
      );
    }
    return out;
  },
};
