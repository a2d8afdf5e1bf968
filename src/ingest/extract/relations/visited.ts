// VISITED: a person travels to a country — "X visited Y", "X's visit to Y",
// "a state visit of X to Y", "a visit by X to Y", "X is in Y". Count
// ("twice", "two visits") and kind (state, official, working) when stated.
// "you" inside a quotation is the person the speaker is addressing.
import type { Ctx } from '../context';
import { inQuote, mentionsIn } from '../context';
import { countriesFrom } from './countryLists';
import type { Candidate, EntityMention } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { skipModal } from './clauses';
import { countryOf, groupAfter, groupBefore } from './personGroups';
import type { RelationRule } from './relationRule';

interface VisitTable {
  visited: { verbs: string[]; presence: string[]; kinds: string[]; counts: Record<string, number> };
}

let verbRe: RegExp | undefined;
let presenceRe: RegExp | undefined;
let countRe: RegExp | undefined;

/** The first country after `at` within a few words ("to China", "in Beijing"). */
function destinationAfter(ctx: Ctx, from: number, to: number): EntityMention | undefined {
  return mentionsIn(ctx, from, to, ['Country'], true).find((m) => {
    const gap = ctx.text.slice(from, m.start);
    return /^(?:[\s\S]{0,80}?\b(?:to|in)\s+(?:the\s+)?)$/i.test(gap) || /^\s*$/.test(gap);
  });
}

/** The person addressed as "you" in a quotation: the last other person named before it. */
function addressee(ctx: Ctx, at: number): string | undefined {
  const q = ctx.quotes.find((x) => at >= x.innerStart && at < x.innerEnd);
  if (!q) return undefined;
  const before = ctx.mentions.filter(
    (m) => m.kind === 'Person' && m.end <= q.start && !inQuote(ctx, m.start),
  );
  const speakerAfter = ctx.mentions.find(
    (m) => m.kind === 'Person' && m.start >= q.end && m.start - q.end < 40,
  );
  const others = before.filter((m) => m.id !== speakerAfter?.id);
  return others.at(-1)?.id;
}

export const visited: RelationRule = {
  id: 'visited:trigger',
  reason:
    'A visit verb or noun with its visitor (subject, "of/by X", possessive) and destination ("to/in COUNTRY").',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<VisitTable>('relations').visited;
    verbRe ??= phraseRegex(t.verbs);
    presenceRe ??= phraseRegex(t.presence);
    countRe ??= phraseRegex(Object.keys(t.counts));
    const out: Candidate[] = [];
    const seen = new Set<string>();
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      for (const re of [verbRe, presenceRe]) {
        re.lastIndex = 0;
        for (const m of text.matchAll(re)) {
          const p = s.start + (m.index ?? 0);
          const end = p + m[0].length;
          if (skipModal(ctx, s, 'visited:trigger', p, m[0], 8)) continue;
          // "visiting Philippine President X": X is the visitor, the demonym is his own country.
          if (/^visiting$/i.test(m[0]) && groupAfter(ctx, s, end, 40).length) {
            ctx.decide({
              rule: 'visited:trigger',
              start: p,
              end,
              text: m[0],
              action: 'skip',
              reason: '"visiting" qualifies the person after it',
            });
            continue;
          }
          const dest = destinationAfter(ctx, end, Math.min(s.end, end + 120));
          if (!dest) continue;
          // Visitor: "of/by X" between trigger and destination, else the subject before.
          let visitors = groupAfter(ctx, s, end, 40).filter((x) => x.end <= dest.start);
          if (!visitors.length) visitors = groupBefore(ctx, s, p).slice(-1);
          if (
            !visitors.length &&
            /\byou\b/i.test(ctx.text.slice(Math.max(s.start, p - 30), p)) &&
            inQuote(ctx, p)
          ) {
            const id = addressee(ctx, p);
            if (id)
              visitors = [
                {
                  id,
                  kind: 'Person',
                  start: p,
                  end: p,
                  text: 'you',
                  rule: 'coref:addressee',
                  form: 'coref',
                },
              ];
          }
          // "is visiting Ukraine and Russia": every coordinated destination.
          const dests = [
            dest,
            ...countriesFrom(ctx, s, dest.start).filter((c) => c.id !== dest.id),
          ];
          for (const [v, dest] of visitors.flatMap((v) => dests.map((d) => [v, d] as const))) {
            if (countryOf(ctx, v.id) === dest.id) continue;
            const key = `${v.id}|${dest.id}|${s.index}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const extra: Partial<Candidate> = {};
            const window = ctx.text.slice(
              Math.max(s.start, p - 40),
              Math.min(s.end, dest.end + 70),
            );
            const kind = new RegExp(`\\b(${t.kinds.join('|')})\\s+visit`, 'i').exec(window);
            if (kind?.[1]) extra.kind = kind[1].toLowerCase();
            countRe.lastIndex = 0;
            const count = countRe.exec(window);
            if (count) extra.count = t.counts[count[0].toLowerCase()] ?? undefined;
            if (extra.count === undefined) delete extra.count;
            out.push(
              candidate(
                ctx,
                {
                  type: 'VISITED',
                  from: v.id,
                  to: dest.id,
                  anchor: p,
                  dating: 'event',
                  rule: 'visited:trigger',
                  reason: `"${m[0]}" … ${dest.text}`,
                  confidence: v.form === 'coref' ? 0.7 : 0.85,
                },
                { ...extra, ...(v.form === 'coref' ? { viaCoref: true } : {}) },
              ),
            );
          }
        }
      }
    }
    return out;
  },
};
