// MEMBER_OF: "X is a dialogue partner of ORG", "X and Y joined (ORG) in
// 2004, followed by Z in 2013", "Originally it consisted of four countries:
// A, B, …" (members since the founding date stated for ORG).
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Candidate, EntityMention, Sentence } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { countriesFrom } from './countryLists';
import { modality, pairFor } from './clauses';
import type { RelationRule } from './relationRule';

interface MemberTable {
  membership: {
    status: Record<string, string>;
    joinVerbs: string[];
    consistVerbs: string[];
    foundVerbs: string[];
    quantifiers: string[];
    companions: string[];
    statusHolders: string[];
  };
}

let statusRe: RegExp | undefined;
let joinRe: RegExp | undefined;
let consistRe: RegExp | undefined;
let foundRe: RegExp | undefined;
let companionRe: RegExp | undefined;
let holderRe: RegExp | undefined;
let becameRe: RegExp | undefined;
let statuses: string | undefined;
let statusOfRe: RegExp | undefined;
let admittedAsRe: RegExp | undefined;
let joinedAsRe: RegExp | undefined;

const COORDINATED = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|as\s+well\s+as\s+)(?:the\s+)?$/i;
// "welcomed X as …", "admitting X into …": the countries after the verb.
const ADMITTED =
  /\b(?:welcomed|welcoming|welcomes|admitted|admitting|admits|accepted|accepting)\s+(?:the\s+)?/gi;
// ", while Belarus joined …": a new clause with its own subject.
const CLAUSE_JOIN = /,\s+(?:while|whereas|and|but|followed\s+by)\s/gi;
// "Both countries are (also) members of …": the subject is the article's pair.
const PAIR_SUBJECT =
  /\b(?:both|the\s+two)\s+(?:countries|nations|states|sides)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** The coordinated countries ending right before `at` in its clause ("Peru and Chile are"). */
function subjectGroup(ctx: Ctx, s: Sentence, at: number): EntityMention[] {
  const clauseStart = Math.max(s.start, ctx.text.lastIndexOf(';', at) + 1);
  const ms = mentionsIn(ctx, clauseStart, at, ['Country']);
  const group: EntityMention[] = [];
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m) break;
    const next = group[0];
    if (next && !COORDINATED.test(ctx.text.slice(m.end, next.start))) break;
    if (!next && !/^\s*(?:\p{Ll}+\s+){0,2}$/u.test(ctx.text.slice(m.end, at))) break;
    group.unshift(m);
  }
  return group;
}

/** Countries coordinated after a companion phrase right after `from` ("…, together with C and D"). */
function companionsAfter(ctx: Ctx, s: Sentence, from: number, re: RegExp): EntityMention[] {
  const m = re.exec(ctx.text.slice(from, Math.min(s.end, from + 40)));
  if (!m) return [];
  const start = from + m.index + m[0].length;
  const ms = mentionsIn(ctx, start, s.end, ['Country']);
  const out: EntityMention[] = [];
  let prevEnd = start;
  for (const x of ms) {
    const gap = ctx.text.slice(prevEnd, x.start);
    if (out.length ? !COORDINATED.test(gap) : !/^\s*(?:the\s+)?$/i.test(gap)) break;
    out.push(x);
    prevEnd = x.end;
  }
  return out;
}

// "the Human Rights Council, which included …": another named body is the subject.
const OTHER_BODY =
  /\b(?:the\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,4}(?:Council|Committee|Commission|Court|Board|Panel|Assembly|Parliament|Bank|Fund|Group|Forum)\s*,?\s*(?:which\s+|that\s+|whose\s+\p{Ll}+\s+)?$/u;

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

/** Every country named after a membership verb in its sentence, each once (places excluded). */
function membersAfter(ctx: Ctx, s: Sentence, from: number): EntityMention[] {
  const seen = new Set<string>();
  // "Its members are A and B, while C and D have observer status": the clause only.
  const stop = /,\s+(?:while|whereas)\b/i.exec(ctx.text.slice(from, s.end));
  const to = stop ? from + stop.index : s.end;
  return mentionsIn(ctx, from, to, ['Country']).filter((m) =>
    seen.has(m.id) ? false : (seen.add(m.id), true),
  );
}

/**
 * Who holds a status where: "ORG, where M holds …" (M after "where", ORG
 * before it), "M, which also holds … in ORG" (M before "which"), "M holds …
 * in ORG" (the subject before the verb).
 */
function statusHolder(
  ctx: Ctx,
  s: Sentence,
  verb: number,
  end: number,
  orgs: readonly EntityMention[],
): { country: EntityMention; org: EntityMention; how: string } | undefined {
  const before = ctx.text.slice(s.start, verb);
  const orgAfter = /^\s+(?:in|at|of|with|within|to)\s+(?:the\s+)?$/i;
  const after = orgs.find((o) => o.start >= end && orgAfter.test(ctx.text.slice(end, o.start)));
  const where = /,\s+(?:where|in which)\s+([^,;]*)$/i.exec(before);
  if (where) {
    const at = s.start + where.index;
    const country = mentionsIn(ctx, at, verb, ['Country']).at(-1);
    const org = after ?? orgs.filter((o) => o.end <= at).at(-1);
    return country && org ? { country, org, how: 'where' } : undefined;
  }
  const which = /,\s+(?:which|who)\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(before);
  const country = which
    ? mentionsIn(ctx, s.start, s.start + which.index, ['Country']).at(-1)
    : subjectGroup(ctx, s, verb).at(-1);
  return country && after ? { country, org: after, how: which ? 'which' : 'subject' } : undefined;
}

/**
 * Who accedes in "Sweden's accession to NATO" or "the accession of Sweden":
 * the possessor or the "of" complement, else the countries of the clause
 * before it that are not part of someone's title ("US Secretary of State X
 * spoke at the accession ceremony": the guest's country does not accede).
 */
function acceding(
  ctx: Ctx,
  s: Sentence,
  clauseStart: number,
  at: number,
  end: number,
): EntityMention[] {
  const before = mentionsIn(ctx, Math.max(s.start, at - 40), at, ['Country']).at(-1);
  if (before && /^['’]s?\s+(?:\p{Ll}+\s+)?$/u.test(ctx.text.slice(before.end, at))) return [before];
  const of = /^\s+of\s+(?:the\s+)?/i.exec(ctx.text.slice(end, end + 12));
  if (of) return countriesFrom(ctx, s, end + of[0].length);
  return mentionsIn(ctx, clauseStart, at, ['Country']).filter(
    (c) => !ctx.roles.some((r) => r.start <= c.start && c.end <= r.end),
  );
}

/** A membership candidate's fields; the type is MEMBER_OF. */
type MemberBase = Omit<Parameters<typeof candidate>[1], 'type'>;

export const memberOf: RelationRule = {
  id: 'member-of:statement',
  reason:
    'Membership, observer or partner status stated in a sentence; joining dates per country; founding members.',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<MemberTable>('relations').membership;
    // The status words as alternatives, longest first ("dialogue partner" before "partner").
    statuses ??= Object.keys(t.status)
      .sort((a, b) => b.length - a.length)
      .join('|');
    statusRe ??= new RegExp(
      `(?:\\b(?:is|are|was|were|has been|have been|had been|became|become|becomes|remains|remain)\\s+(?:(?:made|admitted\\s+as|accepted\\s+as)\\s+)?|,\\s*(?=(?:a|an|both|all)\\s))(?:(?:${t.quantifiers.join('|')})\\s+)*(?:a|an|the|its)?\\s*(?:(?:\\d+(?:st|nd|rd|th)?|newest|latest|first|second|third|largest|biggest|smallest|youngest|oldest|only|sole|permanent|fellow)\\s+)*(${statuses})s?\\s+(?:of|in|to)\\s+(?:the\\s+)?$`,
      'i',
    );
    // "…, became a full member on Sunday": the organisation was named before.
    becameRe ??= new RegExp(
      `\\b(?:became|becomes|becoming|has become|have become)\\s+(?:a|an|the|its|their|\\p{Lu}[\\p{L}-]*['’]s)?\\s*(?:(?:\\d+(?:st|nd|rd|th)|newest|latest)\\s+)?(${statuses})s?\\b(?!\\s+(?:of|in|to)\\b)`,
      'giu',
    );
    joinRe ??= phraseRegex(t.joinVerbs);
    consistRe ??= phraseRegex(t.consistVerbs);
    foundRe ??= phraseRegex(t.foundVerbs);
    companionRe ??= new RegExp(
      `^\\s*,?\\s*(?:${t.companions.join('|').replace(/ /g, '\\s+')})\\s+`,
      'i',
    );
    holderRe ??= new RegExp(
      `\\b(?:${t.statusHolders.join('|').replace(/ /g, '\\s+')})\\s+(?:(?:an?|the|full)\\s+)?(${Object.keys(t.status).join('|')})\\s+status\\b`,
      'gi',
    );
    const out: Candidate[] = [];
    const member = (base: MemberBase, extra: Partial<Candidate>): void => {
      out.push(candidate(ctx, { type: 'MEMBER_OF', ...base }, extra));
    };
    for (const s of ctx.sentences) {
      const orgs = mentionsIn(ctx, s.start, s.end, ['Organization']);
      // The organisation named last before `at` in the sentence, else the one the text is about.
      const orgBefore = (at: number): EntityMention | undefined =>
        orgs.filter((o) => o.end <= at).at(-1) ?? topicOrg(ctx, s.start);
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
      // "A and B are both members of X and Y": every pair; "…, together with C and D" too.
      let last:
        | {
            org: EntityMention;
            status: string;
            subjects: EntityMention[];
            why: string;
            verb: number;
          }
        | undefined;
      for (const o of statusTargets) {
        const before = ctx.text.slice(s.start, o.start);
        const m = statusRe.exec(before);
        let status: string;
        let subjects: EntityMention[];
        let why: string;
        let verb: number;
        if (m) {
          verb = s.start + (m.index ?? 0);
          // "the process to become a full member", "aims to become an observer": not yet.
          if (/\bto\s+$/i.test(ctx.text.slice(Math.max(s.start, verb - 4), verb))) continue;
          status = t.status[(m[1] ?? '').toLowerCase()] ?? 'member';
          if (modality(ctx, s, s.start + (m.index ?? 0), 4)) continue;
          subjects = subjectGroup(ctx, s, s.start + (m.index ?? 0));
          // "Both countries are members of the OTS": the pair the article is about.
          if (!subjects.length && PAIR_SUBJECT.test(ctx.text.slice(s.start, verb)))
            subjects = pairFor(ctx, s.index, verb).map((id) => ({
              id,
              kind: 'Country' as const,
              start: verb,
              end: verb,
              text: id,
              rule: 'member-of:pair',
              form: 'coref' as const,
            }));
          if (!subjects.length) {
            // "The Arab League has been made a full member of the forum": an organisation too.
            const one = mentionsIn(ctx, s.start, s.start + (m.index ?? 0), [
              'Country',
              'Organization',
            ]).at(-1);
            subjects = one ? [one] : [];
          }
          why = m[0].trim();
        } else if (last && COORDINATED.test(ctx.text.slice(last.org.end, o.start))) {
          ({ status, subjects, why, verb } = last);
        } else continue;
        last = { org: o, status, subjects, why, verb };
        // "became a member …" is an event dated in the sentence; "observer since 2022" has its own date.
        const since = ctx.dates.find(
          (d) =>
            d.start >= o.end &&
            d.start - o.end < 25 &&
            /^\s*(?:,\s*)?(?:since|in|from)\s+$/i.test(ctx.text.slice(o.end, d.start)),
        );
        const change =
          /^(?:became|becomes|become|(?:has|have|had|was|were)\s+(?:been\s+)?(?:made|admitted|accepted))\b/i.test(
            why,
          );
        const dating = since ? 'fixed' : change ? 'event' : 'state';
        const companions = companionsAfter(ctx, s, o.end, companionRe);
        for (const subject of [...subjects, ...companions])
          member(
            {
              from: subject.id,
              to: o.id,
              anchor: change ? verb : subject.start,
              dating,
              rule: companions.includes(subject) ? 'member-of:companions' : 'member-of:status',
              reason: `"${why}"`,
              confidence: 0.9,
            },
            { status, ...(since ? { date: since.value } : {}) },
          );
      }
      becameRe.lastIndex = 0;
      for (const b of text.matchAll(becameRe)) {
        const p = s.start + (b.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        // "Finland became NATO's 31st member": the organisation inside the phrase, else before it.
        // "… became its full members": the organisation the text is about.
        const org =
          orgs.find((o) => o.start >= p && o.end <= p + b[0].length) ??
          orgs.filter((o) => o.end <= p).at(-1) ??
          (/\b(?:its|their)\s/i.test(b[0]) ? topicOrg(ctx, s.start) : undefined);
        // "Bhutan and Fiji became its full members": every subject.
        const group = subjectGroup(ctx, s, p);
        const first = mentionsIn(ctx, s.start, p, ['Country'])[0];
        const subjects = group.length ? group : first ? [first] : [];
        if (!org) continue;
        for (const subject of subjects)
          member(
            {
              from: subject.id,
              to: org.id,
              anchor: p,
              dating: 'event',
              rule: 'member-of:became',
              reason: `"${b[0]}" (${org.text} named before)`,
              confidence: 0.8,
            },
            { status: t.status[(b[1] ?? '').toLowerCase()] ?? 'member' },
          );
      }
      // "welcomed Timor-Leste as the bloc's 11th member", "admitting X into the bloc",
      // "X has been granted the status of dialogue partner of ORG".
      for (const a of text.matchAll(ADMITTED)) {
        const p = s.start + (a.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        const members = countriesFrom(ctx, s, p + a[0].length);
        const last = members.at(-1);
        if (!last) continue;
        admittedAsRe ??= new RegExp(
          `^\\s+(?:as\\s+(?:a|an|the|its|their)?\\s*(?:[\\p{L}-]+['’]s\\s+)?(?:(?:\\d+(?:st|nd|rd|th)|newest|new|full)\\s+)*(${statuses})s?\\b|into\\s+(?:the\\s+)?)`,
          'iu',
        );
        const tail = admittedAsRe.exec(ctx.text.slice(last.end, s.end));
        if (!tail) continue;
        const tailEnd = last.end + tail[0].length;
        const org =
          orgs.find((o) => o.start >= last.end && o.start <= tailEnd + 30) ?? orgBefore(p);
        if (!org) continue;
        for (const m of members)
          member(
            {
              from: m.id,
              to: org.id,
              anchor: p,
              dating: 'event',
              rule: 'member-of:admitted',
              reason: `"${a[0].trim()} … ${tail[0].trim()}"`,
              confidence: 0.8,
            },
            { status: tail[1] ? (t.status[tail[1].toLowerCase()] ?? 'member') : 'member' },
          );
      }
      statusOfRe ??= new RegExp(
        `\\b(?:granted|given|received|obtained|gained|acquired|accorded)\\s+(?:the\\s+)?status\\s+of\\s+(?:an?\\s+)?(${statuses})\\b`,
        'gi',
      );
      for (const g of text.matchAll(statusOfRe)) {
        const p = s.start + (g.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        const end = p + g[0].length;
        const org = orgs.find((o) => o.start >= end && o.start - end < 20) ?? orgBefore(p);
        const subjects = subjectGroup(ctx, s, p);
        if (!org || !subjects.length) continue;
        for (const m of subjects)
          member(
            {
              from: m.id,
              to: org.id,
              anchor: p,
              dating: 'event',
              rule: 'member-of:granted-status',
              reason: `"${g[0]}"`,
              confidence: 0.8,
            },
            { status: t.status[(g[1] ?? '').toLowerCase()] ?? 'member' },
          );
      }
      // "ORG, where M holds observer status" / "M, which also holds observer status in ORG".
      holderRe.lastIndex = 0;
      for (const h of text.matchAll(holderRe)) {
        const p = s.start + (h.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        const status = t.status[(h[1] ?? '').toLowerCase()] ?? 'member';
        const hit = statusHolder(ctx, s, p, p + h[0].length, orgs);
        // "…, while Hungary, Turkmenistan and the TRNC have observer status": every subject,
        // of the organisation named before (or the one the text is about).
        const group = hit ? [] : subjectGroup(ctx, s, p);
        const org = orgBefore(p);
        const holders = hit
          ? [{ country: hit.country, org: hit.org, how: hit.how }]
          : org
            ? group.map((country) => ({ country, org, how: 'subjects' }))
            : [];
        // "received observer status in the SCO in 2004": the year it was granted.
        const granted = ctx.dates.find(
          (d) =>
            d.start > p &&
            d.start - p < 60 &&
            d.end <= s.end &&
            /\b(?:in|since|on)\s+$/i.test(ctx.text.slice(Math.max(p, d.start - 8), d.start)),
        );
        for (const hit of holders)
          member(
            {
              from: hit.country.id,
              to: hit.org.id,
              anchor: p,
              dating: granted ? 'fixed' : 'state',
              rule: 'member-of:holds-status',
              reason: `"${h[0]}" (${hit.how})`,
              confidence: 0.85,
            },
            { status, ...(granted ? { date: granted.value } : {}) },
          );
      }
      // "X and Y joined (ORG) in 2004, followed by Z in 2013".
      joinRe.lastIndex = 0;
      for (const j of text.matchAll(joinRe)) {
        const p = s.start + (j.index ?? 0);
        if (modality(ctx, s, p, 3) || /\bto\s+$/i.test(ctx.text.slice(p - 4, p))) continue;
        const orgAfter = orgs.find((o) => o.start >= p && o.start - (p + j[0].length) < 20);
        // "… the SCO in 2023, while Belarus joined in 2024": the organisation of this sentence.
        const org = orgAfter ?? orgBefore(p);
        if (!org) continue;
        let clauseStart = Math.max(s.start, ctx.text.lastIndexOf(';', p) + 1);
        for (const c of ctx.text.slice(clauseStart, p).matchAll(CLAUSE_JOIN))
          clauseStart = Math.max(clauseStart, clauseStart + (c.index ?? 0) + 1);
        // "the Pacific Alliance admitted Bolivia in 2010": the organisation admits, the
        // countries after the verb join.
        const admits =
          /^admit/i.test(j[0]) &&
          (orgs.some((o) => o.end <= p && p - o.end < 4) ||
            /\bthe\s+(?:bloc|organi[sz]ation|grouping|alliance|union)\s+$/i.test(
              ctx.text.slice(Math.max(s.start, p - 20), p),
            ));
        const subjects = admits
          ? countriesFrom(ctx, s, p + j[0].length)
          : /^accession$/i.test(j[0])
            ? acceding(ctx, s, clauseStart, p, p + j[0].length)
            : mentionsIn(ctx, clauseStart, p, ['Country']);
        const later = /^\s*(?:[^.;]*?)\bfollowed by\b/i.test(ctx.text.slice(p, s.end))
          ? countriesAfter(ctx, s, p)
          : [];
        // "Somalia joins Burundi, Kenya and Uganda (in the EAC)": those it joins are members already.
        // Only where the list closes the sentence or names the body ("… in the bloc"), not
        // "Kenya joined Uganda in calling for a ceasefire".
        const listed = !admits && /^join/i.test(j[0]) ? countriesFrom(ctx, s, p + j[0].length) : [];
        const tail = ctx.text.slice(listed.at(-1)?.end ?? s.end, s.end);
        const fellows =
          /^\s*[.!]?\s*$/.test(tail) ||
          /^\s*,?\s*(?:in|as\s+members?\s+of)\s+(?:the\s+)?(?:bloc|organi[sz]ation|community|union|alliance|group(?:ing)?|\p{Lu})/u.test(
            tail,
          )
            ? listed
            : [];
        // "Kenya joined Uganda in calling for …": joining countries in an act, not a body.
        if (listed.length && !fellows.length) continue;
        for (const c of fellows)
          member(
            {
              from: c.id,
              to: org.id,
              anchor: c.start,
              dating: 'state',
              rule: 'member-of:joined-fellows',
              reason: `"${j[0]}" them in ${org.text}`,
              confidence: 0.75,
            },
            { status: 'member' },
          );
        const all = [...subjects, ...later];
        // "joined the CICA as an observer": the status it joined with.
        joinedAsRe ??= new RegExp(
          `^[^.;]{0,40}?\\bas\\s+(?:an?\\s+|the\\s+)?(${Object.keys(t.status).join('|')})\\b`,
          'i',
        );
        const as = joinedAsRe.exec(ctx.text.slice(p + j[0].length, s.end));
        const joinedAs = as ? t.status[(as[1] ?? '').toLowerCase()] : undefined;
        for (const c of all) {
          // The first date after this country (before the next country) is its own.
          const next = all.find((x) => x.start > c.start && later.includes(x));
          const limit = next ? next.start : s.end;
          const own = ctx.dates.find(
            (d) => d.start > c.end && d.end <= limit && d.start >= (c.start < p ? p : c.end),
          );
          member(
            {
              from: c.id,
              to: org.id,
              anchor: p,
              dating: own ? 'fixed' : 'event',
              rule: 'member-of:joined',
              reason: `"${j[0]}" ${org.text}`,
              confidence: 0.85,
            },
            { status: joinedAs ?? 'member', ...(own ? { date: own.value } : {}) },
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
        // "Founded in 1996 by Chile and Peru, the Pacific Alliance …": the organisation after.
        const org = orgBefore(p) ?? orgs.find((o) => o.start >= p + foundedBy[0].length);
        const date = ctx.dates.find((d) => d.start >= p && d.end <= p + foundedBy[0].length);
        if (org) {
          const founders = countriesFrom(ctx, s, p + foundedBy[0].length, true);
          for (const m of membersAfter(ctx, s, p + foundedBy[0].length)) {
            // The founding date is the founders' own; countries named later joined later.
            const own = date && founders.includes(m);
            member(
              {
                from: m.id,
                to: org.id,
                anchor: p,
                dating: own ? 'fixed' : 'state',
                rule: 'member-of:founded-by',
                reason: `"${foundedBy[0]}" ${org.text}`,
                confidence: 0.85,
              },
              { status: 'member', ...(own ? { date: date.value } : {}) },
            );
          }
        }
      }
      // "Originally it consisted of four countries: A, B, …"
      consistRe.lastIndex = 0;
      for (const c of text.matchAll(consistRe)) {
        const p = s.start + (c.index ?? 0);
        // The organisation the text is about only when the verb's subject refers to it ("It
        // comprises", "The bloc, which includes"), not "the Human Rights Council, which included".
        const lead = ctx.text.slice(s.start, p);
        const aboutTopic = !OTHER_BODY.test(lead);
        const org =
          orgs.find((o) => o.end <= p) ?? (aboutTopic ? topicOrg(ctx, s.start) : undefined);
        if (!org) continue;
        const founding =
          /\b(?:initially|originally|founding|at first|when it was founded)\b/i.test(text) ||
          /founded by/i.test(c[0])
            ? foundingDate(ctx, org.id, foundRe)
            : undefined;
        const first = countriesFrom(ctx, s, p + c[0].length, true);
        for (const m of membersAfter(ctx, s, p + c[0].length)) {
          const own = founding && first.includes(m);
          member(
            {
              from: m.id,
              to: org.id,
              anchor: p,
              dating: own ? 'fixed' : 'state',
              rule: 'member-of:consisted',
              reason: `"${c[0]}" ${org.text}`,
              confidence: 0.85,
            },
            { status: 'member', ...(own ? { date: founding.value } : {}) },
          );
        }
      }
    }
    return out;
  },
};
