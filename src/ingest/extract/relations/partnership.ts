// PARTNERSHIP: a named level between two actors in one sentence
// ("Chinese-Azerbaijani comprehensive strategic partnership", "raised
// bilateral ties to a strategic partnership", "the AU and four Nordic
// countries … agreed on a strategic partnership").
import type { Ctx } from '../context';
import { inQuote, mentionsIn } from '../context';
import type { Candidate } from '../model';
import { candidate } from './candidate';
import { partiesIn } from './clauses';
import { findLevels } from './partnershipLevel';
import type { RelationRule } from './relationRule';

const BLOC_TYPES = new Set(['Organization']);

const ANNIVERSARY_OF =
  /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment|establishing|signing|launch)\s+of\s+(?:the\s+|their\s+|a\s+)?$/i;

export const partnership: RelationRule = {
  id: 'partnership:level',
  reason:
    'A partnership level with two parties named in the sentence, or with "bilateral"/"the two countries" for the article\'s pair.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      for (const lv of findLevels(ctx.text, s.start, s.end)) {
        // A level word inside a name ("the Pacific Alliance", an agreement's title) is no level.
        if (
          ctx.mentions.some(
            (m) =>
              (m.kind === 'Agreement' || m.kind === 'Organization') &&
              m.start <= lv.start &&
              lv.end <= m.end,
          )
        )
          continue;
        // Parties: a bloc plus a numbered group, or countries, or the pair.
        const groups = ctx.groups.filter((g) => g.start >= s.start && g.end <= s.end);
        const blocs = mentionsIn(ctx, s.start, s.end, ['Organization']).filter(
          (m) =>
            BLOC_TYPES.has(m.kind) &&
            groups.length &&
            /^\s+and\b/.test(ctx.text.slice(m.end, m.end + 6)),
        );
        const pairs: [string, string][] = [];
        if (blocs.length && groups.length) {
          for (const b of blocs)
            for (const g of groups) for (const c of g.members) pairs.push([b.id, c]);
        } else {
          const parties = partiesIn(
            ctx,
            s.start,
            s.end,
            /\bbilateral\b|\brelations\b|\bties\b/i.test(ctx.text.slice(s.start, lv.start)) &&
              !inQuote(ctx, lv.start),
          );
          if (parties.length === 2) pairs.push([parties[0] ?? '', parties[1] ?? '']);
        }
        // "the 10th anniversary of the establishment of the comprehensive partnership": the
        // year it was established, counted back from the article's year.
        const jubilee = ANNIVERSARY_OF.exec(
          ctx.text.slice(Math.max(s.start, lv.start - 80), lv.start),
        );
        const since = jubilee ? String(Number(ctx.pubYear) - Number(jubilee[1])) : undefined;
        for (const [a, b] of pairs) {
          out.push(
            candidate(
              ctx,
              {
                type: 'PARTNERSHIP',
                from: a,
                to: b,
                anchor: lv.start,
                dating: since ? 'fixed' : 'event',
                rule: 'partnership:level',
                reason: `"${lv.level}"`,
                confidence: 0.8,
              },
              { level: lv.level, ...(since ? { date: since } : {}) },
            ),
          );
        }
      }
    }
    return out;
  },
};
