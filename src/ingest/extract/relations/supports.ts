// SUPPORTS: "X supports Y in …", "X's support for Y's …", "the two sides
// support each other in …" (both directions). The supporter is the country
// that is the subject of the clause; the supported is the first country
// after the trigger; `on` is what the support is about.
import type { Ctx } from '../context';
import { inQuote, mentionsIn } from '../context';
import type { Candidate, EntityMention } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { modality, partiesIn } from './clauses';
import { countryOf } from './personGroups';
import type { RelationRule } from './relationRule';

interface SupportTable {
  supports: { verbs: string[]; mutual: string[] };
}

let verbRe: RegExp | undefined;
let mutualRe: RegExp | undefined;

const SUBJECT_LEFT =
  /(?:^|\b(?:that|and|said|says|noted|stressed|while|as|then)\s+|[,;:“"]\s*)(?:the\s+)?$/i;

function aboutText(ctx: Ctx, from: number, to: number): string {
  const m = /^\s*(?:in|on|for|with)\s+([^.;]+)/i.exec(ctx.text.slice(from, to));
  return (m?.[1] ?? ctx.text.slice(from, to))
    .replace(/\s+/g, ' ')
    .replace(/[,”"]+$/, '')
    .trim()
    .slice(0, 160);
}

/** The supporting country: the subject of the clause before the trigger. */
function supporter(ctx: Ctx, sStart: number, p: number): string | undefined {
  const before = mentionsIn(ctx, sStart, p, ['Country', 'Person']).filter(
    (m) => !inQuote(ctx, m.start) || inQuote(ctx, p),
  );
  const subjectLike = (m: EntityMention): boolean =>
    SUBJECT_LEFT.test(ctx.text.slice(Math.max(sStart, m.start - 12), m.start)) ||
    /^['’]s\s+(?:\p{L}+\s+){0,2}$/u.test(ctx.text.slice(m.end, p));
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (!m || !subjectLike(m)) continue;
    if (m.kind === 'Country') return m.id;
    const c = countryOf(ctx, m.id);
    if (c) return c;
  }
  return before.find((m) => m.kind === 'Country')?.id;
}

export const supports: RelationRule = {
  id: 'supports:trigger',
  reason:
    'A support verb or noun with a supporting and a supported country; "each other" gives both directions.',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<SupportTable>('relations').supports;
    verbRe ??= phraseRegex(t.verbs);
    mutualRe ??= phraseRegex(t.mutual);
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      verbRe.lastIndex = 0;
      for (const m of text.matchAll(verbRe)) {
        const p = s.start + (m.index ?? 0);
        const end = p + m[0].length;
        const why = modality(ctx, s, p, 5);
        if (why) {
          ctx.decide({
            rule: 'supports:trigger',
            start: p,
            end,
            text: m[0],
            action: 'skip',
            reason: why,
          });
          continue;
        }
        const around = ctx.text.slice(Math.max(s.start, p - 8), Math.min(s.end, end + 20));
        mutualRe.lastIndex = 0;
        if (mutualRe.test(around)) {
          const parties = partiesIn(ctx, s.start, s.end, true);
          if (parties.length !== 2) continue;
          const rest = ctx.text
            .slice(end, s.end)
            .replace(/^\s*(?:to\s+)?(?:each other|one another)/i, '');
          const on = aboutText(ctx, s.end - rest.length, s.end) || 'mutual support';
          const [a, b] = parties as [string, string];
          for (const [x, y] of [
            [a, b],
            [b, a],
          ] as const) {
            out.push(
              candidate(
                ctx,
                {
                  type: 'SUPPORTS',
                  from: x,
                  to: y,
                  anchor: p,
                  dating: 'event',
                  rule: 'supports:mutual',
                  reason: `"${m[0]}" each other`,
                  confidence: 0.8,
                },
                { on },
              ),
            );
          }
          continue;
        }
        const target = mentionsIn(ctx, end, Math.min(s.end, end + 60), ['Country'], true)[0];
        const from = supporter(ctx, s.start, p);
        if (!target || !from || target.id === from) continue;
        const on = aboutText(ctx, target.end, s.end).replace(/^['’]s\s+/, '');
        out.push(
          candidate(
            ctx,
            {
              type: 'SUPPORTS',
              from,
              to: target.id,
              anchor: p,
              dating: 'event',
              rule: 'supports:directed',
              reason: `${from} "${m[0]}" ${target.text}`,
              confidence: 0.8,
            },
            { on: on || target.text },
          ),
        );
      }
    }
    return out;
  },
};
