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
import { skipModal, partiesIn } from './clauses';
import { countryOf } from './personGroups';
import type { RelationRule } from './relationRule';

interface SupportTable {
  supports: {
    verbs: string[];
    mutual: string[];
    nounDeterminers: string[];
    nounLinks: string[];
    organisationNouns: string[];
    thanks: string[];
  };
}

let verbRe: RegExp | undefined;
let mutualRe: RegExp | undefined;
let nounBefore: RegExp | undefined;
let nounLink: RegExp | undefined;
let orgNoun: RegExp | undefined;
let thanksRe: RegExp | undefined;

// "Russia's military aggression", "Israel's strikes": what a country does to another.
const HOSTILE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:aggression|invasion|attacks?|war|strikes|occupation|blockade|annexation|incursion|offensive|bombardment)\b/iu;

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
  const before = mentionsIn(ctx, sStart, p, ['Country', 'Person', 'Organization']).filter(
    (m) => !inQuote(ctx, m.start) || inQuote(ctx, p),
  );
  const subjectLike = (m: EntityMention): boolean =>
    SUBJECT_LEFT.test(ctx.text.slice(Math.max(sStart, m.start - 12), m.start)) ||
    /^['’]s\s+(?:\p{L}+\s+){0,2}$/u.test(ctx.text.slice(m.end, p));
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k];
    if (!m || !subjectLike(m)) continue;
    if (m.kind === 'Country' || m.kind === 'Organization') return m.id;
    const c = countryOf(ctx, m.id);
    if (c) return c;
  }
  // "The foreign ministers of the GCC states reaffirmed their support": an organisation speaks.
  // An aggressor or a target named on the way is no supporter ("Russia's aggression against
  // Ukraine, … support for Ukraine").
  const bystander = (m: EntityMention): boolean =>
    HOSTILE_AFTER.test(ctx.text.slice(m.end, m.end + 40)) ||
    /\bagainst\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(sStart, m.start - 12), m.start));
  return (
    before.find((m) => m.kind === 'Country' && !bystander(m))?.id ??
    before.find((m) => m.kind === 'Organization')?.id
  );
}

/** "the council's support": the organisation named last before the trigger. */
function organisationBefore(ctx: Ctx, p: number, noun: RegExp): string | undefined {
  if (!noun.test(ctx.text.slice(Math.max(0, p - 30), p))) return undefined;
  return ctx.mentions.findLast((m) => m.kind === 'Organization' && m.end <= p)?.id;
}

/** End of the clause after a trigger: the object of the support lies before it. */
function clauseEnd(ctx: Ctx, from: number, sEnd: number): number {
  const m =
    /;|,\s+(?:and|while|but|whereas)\s|\s+and\s+(?:called|urged|stressed|expressed|welcomed)\b/i.exec(
      ctx.text.slice(from, sEnd),
    );
  return m ? from + m.index : sEnd;
}

/** "X thanked the Chinese side for supporting …": the thanked country supports X's (or the one named after). */
function thankedSupport(
  ctx: Ctx,
  s: { start: number; end: number },
  p: number,
  end: number,
  thanked: RegExpExecArray,
): Candidate | undefined {
  const at = s.start + thanked.index;
  const objStart = at + thanked[0].indexOf(thanked[1] ?? '', 1);
  const giver = mentionsIn(ctx, objStart, p, ['Country', 'Organization'])[0];
  if (!giver) return undefined;
  const after = mentionsIn(ctx, end, clauseEnd(ctx, end, s.end), ['Country'], true)[0];
  const thanker = supporter(ctx, s.start, at);
  const to = after && after.id !== giver.id ? after.id : thanker;
  if (!to || to === giver.id || (after && inQuote(ctx, after.start) && !inQuote(ctx, p)))
    return undefined;
  return candidate(
    ctx,
    {
      type: 'SUPPORTS',
      from: giver.id,
      to,
      anchor: p,
      dating: 'event',
      rule: 'supports:thanked',
      reason: `${giver.id} thanked for support`,
      confidence: 0.75,
    },
    { on: aboutText(ctx, end, s.end) || 'support' },
  );
}

export const supports: RelationRule = {
  id: 'supports:trigger',
  reason:
    'A support verb or noun with a supporting and a supported country; "each other" gives both directions.',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<SupportTable>('relations').supports;
    verbRe ??= phraseRegex(t.verbs);
    mutualRe ??= phraseRegex(t.mutual);
    nounBefore ??= new RegExp(`\\b(?:${t.nounDeterminers.join('|')})\\s+$`, 'i');
    thanksRe ??= new RegExp(
      `\\b(?:${t.thanks.join('|').replace(/ /g, '\\s+')})\\s+(?:the\\s+)?([^.;]{0,50}?)\\s+for\\s+(?:(?:its|their|the|his|her)\\s+)?$`,
      'i',
    );
    orgNoun ??= new RegExp(`\\bthe\\s+(?:${t.organisationNouns.join('|')})['’]s\\s+$`, 'i');
    nounLink ??= new RegExp(`^\\s+(?:${t.nounLinks.join('|')})\\b`, 'i');
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      verbRe.lastIndex = 0;
      for (const m of text.matchAll(verbRe)) {
        const p = s.start + (m.index ?? 0);
        const end = p + m[0].length;
        if (skipModal(ctx, s, 'supports:trigger', p, m[0], 5)) continue;
        const around = ctx.text.slice(Math.max(s.start, p - 8), Math.min(s.end, end + 20));
        mutualRe.lastIndex = 0;
        if (mutualRe.test(around)) {
          // "friendship and mutual support": a noun naming nothing supported states no support.
          const bareNoun =
            /^support$/i.test(m[0]) &&
            /\bmutual\s+$/i.test(ctx.text.slice(Math.max(s.start, p - 8), p)) &&
            !nounLink.test(ctx.text.slice(end, end + 6));
          if (bareNoun) continue;
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
        // "the support he had received": a noun names what is supported only through "for/to/of".
        const noun =
          /^support$/i.test(m[0]) && nounBefore.test(ctx.text.slice(Math.max(s.start, p - 20), p));
        const linked = nounLink.test(ctx.text.slice(end, end + 6)) || /\s(?:for|to)$/i.test(m[0]);
        if (noun && !linked) continue;
        // A noun phrase runs on to its object ("support for the sovereignty … of Syria").
        const reach = noun || /\s(?:for|to)$/i.test(m[0]) ? clauseEnd(ctx, end, s.end) : end + 60;
        const target = mentionsIn(ctx, end, Math.min(s.end, reach), ['Country'], true)[0];
        const thanked = thanksRe.exec(ctx.text.slice(s.start, p));
        if (thanked) {
          const c = thankedSupport(ctx, s, p, end, thanked);
          if (c) out.push(c);
          continue;
        }
        const one = supporter(ctx, s.start, p) ?? organisationBefore(ctx, p, orgNoun);
        // "The two countries reaffirmed their support for …": each member of the group.
        const group = ctx.groups.find((g) => g.start >= s.start && g.end <= p && g.members.length);
        const froms = one ? [one] : (group?.members ?? []);
        if (!target) continue;
        // The object of a support outside a quote is not inside one.
        if (inQuote(ctx, target.start) && !inQuote(ctx, p)) continue;
        const on = aboutText(ctx, target.end, s.end).replace(/^['’]s\s+/, '');
        for (const from of froms) {
          if (from === target.id) continue;
          out.push(
            candidate(
              ctx,
              {
                type: 'SUPPORTS',
                from,
                to: target.id,
                anchor: p,
                dating: 'event',
                rule: one ? 'supports:directed' : 'supports:group',
                reason: `${from} "${m[0]}" ${target.text}`,
                confidence: one ? 0.8 : 0.75,
              },
              { on: on || target.text },
            ),
          );
        }
      }
    }
    return out;
  },
};
