// MEMBER_OF: "X is a dialogue partner of ORG", "X and Y joined (ORG) in
// 2004, followed by Z in 2013", "Originally it consisted of four countries:
// A, B, …" (members since the founding date stated for ORG).
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Candidate, EntityMention, Sentence } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { modality } from './clauses';
import type { RelationRule } from './relationRule';

interface MemberTable {
  membership: {
    status: Record<string, string>;
    joinVerbs: string[];
    consistVerbs: string[];
    foundVerbs: string[];
  };
}

let statusRe: RegExp | undefined;
let joinRe: RegExp | undefined;
let consistRe: RegExp | undefined;
let foundRe: RegExp | undefined;

/** The organisation a sentence is about when it says "it" or nothing: the last one named before. */
function topicOrg(ctx: Ctx, before: number): EntityMention | undefined {
  return ctx.mentions.filter((m) => m.kind === 'Organization' && m.end <= before).at(-1);
}

/** The founding date stated for an organisation ("The bloc was founded on March 3, 1999"). */
function foundingDate(ctx: Ctx, org: string, founded: RegExp): { value: string } | undefined {
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    founded.lastIndex = 0;
    if (!founded.test(text)) continue;
    if (!mentionsIn(ctx, s.start, s.end, ['Organization']).some((m) => m.id === org)) continue;
    const d = ctx.dates.find((x) => x.start >= s.start && x.end <= s.end);
    if (d) return d;
  }
  return undefined;
}

function countriesAfter(ctx: Ctx, s: Sentence, from: number): EntityMention[] {
  return mentionsIn(ctx, from, s.end, ['Country'], true);
}

export const memberOf: RelationRule = {
  id: 'member-of:statement',
  reason:
    'Membership, observer or partner status stated in a sentence; joining dates per country; founding members.',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<MemberTable>('relations').membership;
    statusRe ??= new RegExp(
      `\\b(?:is|are|was|were|has been|have been|became|becomes|remains)\\s+(?:currently\\s+|now\\s+|already\\s+)?(?:a|an)?\\s*(${Object.keys(
        t.status,
      )
        .sort((a, b) => b.length - a.length)
        .join('|')})s?\\s+(?:of|in|to)\\s+(?:the\\s+)?$`,
      'i',
    );
    joinRe ??= phraseRegex(t.joinVerbs);
    consistRe ??= phraseRegex(t.consistVerbs);
    foundRe ??= phraseRegex(t.foundVerbs);
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      const orgs = mentionsIn(ctx, s.start, s.end, ['Organization']);
      const text = ctx.text.slice(s.start, s.end);
      // "X is a dialogue partner of ORG".
      // "… an observer of the bloc": the organisation the text is about.
      const bloc =
        /\b(?:of|in|to)\s+the\s+(?:bloc|organi[sz]ation|grouping|alliance|union|group|association)\b/i.exec(
          text,
        );
      const blocOrg = bloc ? topicOrg(ctx, s.start + bloc.index) : undefined;
      const statusTargets =
        blocOrg && bloc
          ? [
              ...orgs,
              {
                ...blocOrg,
                start: s.start + bloc.index + bloc[0].indexOf('the'),
                end: s.start + bloc.index + bloc[0].length,
              },
            ]
          : orgs;
      for (const o of statusTargets) {
        const before = ctx.text.slice(s.start, o.start);
        const m = statusRe.exec(before);
        if (!m) continue;
        const status = t.status[(m[1] ?? '').toLowerCase()] ?? 'member';
        const subject = mentionsIn(ctx, s.start, s.start + (m.index ?? 0), ['Country']).at(-1);
        if (!subject || modality(ctx, s, s.start + (m.index ?? 0), 4)) continue;
        out.push(
          candidate(
            ctx,
            {
              type: 'MEMBER_OF',
              from: subject.id,
              to: o.id,
              anchor: subject.start,
              dating: 'state',
              rule: 'member-of:status',
              reason: `"${m[0].trim()}"`,
              confidence: 0.9,
            },
            { status },
          ),
        );
      }
      // "X and Y joined (ORG) in 2004, followed by Z in 2013".
      joinRe.lastIndex = 0;
      for (const j of text.matchAll(joinRe)) {
        const p = s.start + (j.index ?? 0);
        if (modality(ctx, s, p, 3) || /\bto\s+$/i.test(ctx.text.slice(p - 4, p))) continue;
        const orgAfter = orgs.find((o) => o.start >= p && o.start - p < 30);
        const org = orgAfter ?? topicOrg(ctx, s.start);
        if (!org) continue;
        const clauseStart = Math.max(s.start, ctx.text.lastIndexOf(';', p) + 1);
        const subjects = mentionsIn(ctx, clauseStart, p, ['Country']);
        const later = /^\s*(?:[^.;]*?)\bfollowed by\b/i.test(ctx.text.slice(p, s.end))
          ? countriesAfter(ctx, s, p)
          : [];
        const all = [...subjects, ...later];
        for (const c of all) {
          // The first date after this country (before the next country) is its own.
          const next = all.find((x) => x.start > c.start && later.includes(x));
          const limit = next ? next.start : s.end;
          const own = ctx.dates.find(
            (d) => d.start > c.end && d.end <= limit && d.start >= (c.start < p ? p : c.end),
          );
          out.push(
            candidate(
              ctx,
              {
                type: 'MEMBER_OF',
                from: c.id,
                to: org.id,
                anchor: p,
                dating: own ? 'fixed' : 'event',
                rule: 'member-of:joined',
                reason: `"${j[0]}" ${org.text}`,
                confidence: 0.85,
              },
              { status: 'member', ...(own ? { date: own.value } : {}) },
            ),
          );
        }
      }
      // "ORG was founded in 1967 by A, B and C".
      const foundedBy =
        /\b(?:founded|established|created|set up|formed)\s+(?:in\s+\d{4}\s+|on\s+[^,;]+?\s+)?by\b/i.exec(
          text,
        );
      if (foundedBy) {
        const p = s.start + foundedBy.index;
        const org = orgs.filter((o) => o.end <= p).at(-1) ?? topicOrg(ctx, s.start);
        const date = ctx.dates.find((d) => d.start >= p && d.end <= p + foundedBy[0].length);
        if (org) {
          for (const m of countriesAfter(ctx, s, p + foundedBy[0].length)) {
            out.push(
              candidate(
                ctx,
                {
                  type: 'MEMBER_OF',
                  from: m.id,
                  to: org.id,
                  anchor: p,
                  dating: date ? 'fixed' : 'state',
                  rule: 'member-of:founded-by',
                  reason: `"${foundedBy[0]}" ${org.text}`,
                  confidence: 0.85,
                },
                { status: 'member', ...(date ? { date: date.value } : {}) },
              ),
            );
          }
        }
      }
      // "Originally it consisted of four countries: A, B, …"
      consistRe.lastIndex = 0;
      for (const c of text.matchAll(consistRe)) {
        const p = s.start + (c.index ?? 0);
        const org = orgs.find((o) => o.end <= p) ?? topicOrg(ctx, s.start);
        if (!org) continue;
        const founding =
          /\b(?:initially|originally|founding|at first|when it was founded)\b/i.test(text) ||
          /founded by/i.test(c[0])
            ? foundingDate(ctx, org.id, foundRe)
            : undefined;
        for (const m of countriesAfter(ctx, s, p + c[0].length)) {
          out.push(
            candidate(
              ctx,
              {
                type: 'MEMBER_OF',
                from: m.id,
                to: org.id,
                anchor: p,
                dating: founding ? 'fixed' : 'state',
                rule: 'member-of:consisted',
                reason: `"${c[0]}" ${org.text}`,
                confidence: 0.85,
              },
              { status: 'member', ...(founding ? { date: founding.value } : {}) },
            ),
          );
        }
      }
    }
    return out;
  },
};
