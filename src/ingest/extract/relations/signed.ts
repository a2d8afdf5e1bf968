// SIGNED and PARTY_TO for each agreement: signers are the people who signed
// ("X and Y signed", "inked by X and Y", "X signed … with Y"); parties are
// the countries named in the agreement's name, the signers' countries, the
// countries that are the subject of the signing, or the article's pair when
// the text says "the two countries". An agreement named after a partnership
// level also gives PARTNERSHIP, dated by the signing; two heads who sign
// together have met.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { AgreementMention, Candidate, Sentence } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { countriesIn, hasPairPhrase, isMultilateralArticle, modality, pairFor } from './clauses';
import { countriesFrom, countriesUntil } from './countryLists';
import { findLevels } from './partnershipLevel';
import { countryOf, groupAfter, groupBefore } from './personGroups';
import type { RelationRule } from './relationRule';

interface AgreementTable {
  signVerbs: string[];
  adoptNouns: string[];
}

let signRe: RegExp | undefined;

const DOCUMENTS_SIGNED_BY =
  /\b(?:the|these|both|all\s+the|all)\s+(?:documents|agreements|memoranda|memorandums|MoUs|deals|accords|protocols)\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?signed\s+by\s+/i;

// "X and Y witnessed the signing of …", "attended a ceremony to sign …": onlookers, not signers.
const WITNESSED =
  /\b(?:witness(?:ed|es|ing)?|attended|attend|oversaw|oversee|presided\s+over|looked\s+on\s+as)\b[^.;]{0,45}$/i;

/** Documents that two governments issue together. */
const BILATERAL_DOCUMENT =
  /\b(?:joint|bilateral)\s+(?:\w+\s+)?(?:statement|declaration|communiqu[eé]|action plan)\b|\bdeclaration\b|\bmemorand(?:um|a)\b|\bMoU\b/i;

function signTrigger(
  ctx: Ctx,
  a: AgreementMention,
): { start: number; end: number; text: string } | undefined {
  const s = ctx.sentences[a.sentence];
  if (!s) return undefined;
  const t = ruleTable<AgreementTable>('agreements');
  signRe ??= phraseRegex([...t.signVerbs, ...t.adoptNouns]);
  let best: { start: number; end: number; text: string } | undefined;
  signRe.lastIndex = 0;
  for (const m of ctx.text.slice(s.start, s.end).matchAll(signRe)) {
    const start = s.start + (m.index ?? 0);
    if (start >= a.start && start < a.end) continue;
    const d = Math.abs(start - a.start);
    if (!best || d < Math.abs(best.start - a.start))
      best = { start, end: start + m[0].length, text: m[0] };
  }
  return best;
}

/** "was signed by the two sides": the pair itself signed (not merely "bilateral" nearby). */
const BY_BOTH =
  /^[^.;]{0,100}?\b(?:by|between)\s+(?:the\s+two|both)\s+(?:sides|countries|governments|parties|states|nations)\b/i;

/** "was signed by Ghana and Togo": both countries of the pair right after "by". */
function byCountries(ctx: Ctx, s: Sentence, from: number, pair: readonly string[]): boolean {
  const by = /^\s+by\s+(?:the\s+)?/i.exec(ctx.text.slice(from, Math.min(s.end, from + 10)));
  if (!by) return false;
  const named = countriesFrom(ctx, s, from + by[0].length).map((m) => m.id);
  return pair.every((c) => named.includes(c));
}

/** Between the subject countries and the signing verb: "'s government", "have also", "on Monday". */
const SUBJECT_GAP =
  /^(?:['’]s?\s+(?:government|governments|side|sides|delegation|delegations|officials|representatives))?\s+(?:(?:have|has|had|also|jointly|today|yesterday|on\s+\p{Lu}\p{L}+|\p{Ll}+ly)\s+)*$/u;

/**
 * The countries that sign ("Ghana and Togo signed", "Peru's government has
 * signed"): the list of countries right before the verb, not every country
 * the clause names ("At the summit in Ghana, the ministers signed …").
 */
function subjectCountries(ctx: Ctx, s: Sentence, from: number, verb: number): string[] {
  return countriesUntil(ctx, s, verb, SUBJECT_GAP, from).map((m) => m.id);
}

export const signed: RelationRule = {
  id: 'signed:agreement',
  reason: 'Signers and parties of each agreement found in the text.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    for (const a of ctx.agreements) {
      const s = ctx.sentences[a.sentence];
      if (!s) continue;
      const trig = signTrigger(ctx, a);
      if (trig && modality(ctx, s, trig.start, 5)) {
        ctx.decide({
          rule: 'signed:agreement',
          start: trig.start,
          end: trig.end,
          text: trig.text,
          action: 'skip',
          reason: 'signing not asserted',
        });
        continue;
      }
      const anchor = trig?.start ?? a.start;
      const dating = trig ? 'event' : 'state';
      // Signers.
      const signers = new Map<string, string>();
      if (trig) {
        const by = /^\s+by\b/i.test(ctx.text.slice(trig.end, trig.end + 5));
        const passive = /\b(?:was|were|been|being)\s+$/i.test(
          ctx.text.slice(Math.max(s.start, trig.start - 12), trig.start),
        );
        if (by) for (const p of groupAfter(ctx, s, trig.end, 30)) signers.set(p.id, 'signed by');
        else if (
          !passive &&
          !WITNESSED.test(ctx.text.slice(Math.max(s.start, trig.start - 60), trig.start)) &&
          trig.start < a.start &&
          !/^(?:signing|adoption|signature|conclusion|ratification)$/i.test(trig.text)
        ) {
          for (const p of groupBefore(ctx, s, trig.start))
            signers.set(p.id, 'subject of the signing');
          // "X signed a memorandum with Y on …", "X signed a treaty with Y on Thursday".
          for (const p of mentionsIn(ctx, a.start, a.end, ['Person']))
            signers.set(p.id, 'signed with');
          if (/^\s+with\s/i.test(ctx.text.slice(a.end, a.end + 6)))
            for (const p of groupAfter(ctx, s, a.end + 5, 25)) signers.set(p.id, 'signed with');
        }
      }
      // "… announced by X and Y in a joint statement": those who issued it.
      const issuedIn = /\bby\s+[^.;]{3,120}?\s+(?:in|through)\s+(?:an?|the|their)\s+$/i.exec(
        ctx.text.slice(s.start, a.start),
      );
      if (issuedIn && !signers.size)
        for (const p of groupAfter(ctx, s, s.start + issuedIn.index + 3, 5))
          if (p.end <= a.start) signers.set(p.id, 'issued it');
      for (const [id, why] of signers) {
        out.push(
          candidate(ctx, {
            type: 'SIGNED',
            from: id,
            to: a.id,
            anchor,
            dating,
            rule: 'signed:agreement',
            reason: why,
            confidence: 0.85,
          }),
        );
      }
      // Parties.
      const parties = new Set(a.namedParties);
      for (const id of signers.keys()) {
        const c = countryOf(ctx, id);
        if (c) parties.add(c);
      }
      if (trig && trig.start < a.start && !/^(?:signing|adoption|signature)$/i.test(trig.text)) {
        const clauseStart = Math.max(s.start, ctx.text.lastIndexOf(';', trig.start) + 1);
        if (!signers.size)
          for (const c of subjectCountries(ctx, s, clauseStart, trig.start)) parties.add(c);
      }
      // The article's pair is a party only where the text ties it to the document: in its
      // name ("… between the two countries"), after it ("signed between X and Y"), or as the
      // subject of its signing ("the two sides signed", "X and Y signed"; a passive signing
      // with the pair named in this or the previous sentence).
      const pair = pairFor(ctx, a.sentence);
      if (parties.size < 2 && pair.length === 2) {
        const tied = (from: number, to: number): boolean =>
          hasPairPhrase(ctx.text.slice(from, to)) ||
          pair.every((c) => countriesIn(ctx, from, to).includes(c));
        const prev = ctx.sentences[a.sentence - 1];
        const passive =
          !!trig &&
          /\b(?:was|were|been|being)\s+$/i.test(
            ctx.text.slice(Math.max(s.start, trig.start - 12), trig.start),
          );
        const between = /^[^.;]{0,60}?\bbetween\b/i.exec(ctx.text.slice(a.end, s.end));
        // A bilateral document type ("Joint Declaration", "memorandum") in a sentence naming no
        // other country, right after the pair was named: the pair's own document.
        const others = countriesIn(ctx, s.start, s.end).filter((c) => !pair.includes(c));
        const bilateral =
          BILATERAL_DOCUMENT.test(a.name) &&
          !others.length &&
          // "The summit adopted the Tianjin Declaration": no pair in an article about many.
          !isMultilateralArticle(ctx) &&
          (tied(s.start, s.end) || (!!prev && tied(prev.start, prev.end)));
        if (
          a.pairPhrase ||
          bilateral ||
          (between && tied(a.end + between.index, s.end)) ||
          (trig &&
            trig.start < a.start &&
            (hasPairPhrase(ctx.text.slice(s.start, trig.start)) ||
              pair.every((c) => subjectCountries(ctx, s, s.start, trig.start).includes(c)))) ||
          (passive &&
            (BY_BOTH.test(ctx.text.slice(trig.end, s.end)) || byCountries(ctx, s, trig.end, pair)))
        ) {
          for (const c of pair) parties.add(c);
        }
      }
      for (const c of parties) {
        out.push(
          candidate(ctx, {
            type: 'PARTY_TO',
            from: c,
            to: a.id,
            anchor,
            dating,
            rule: 'party-to:agreement',
            reason: 'party of the agreement',
            confidence: 0.8,
          }),
        );
      }
      // A partnership level in the agreement's name.
      const levels = findLevels(ctx.text, a.start, a.end);
      const ps = [...parties];
      if (levels[0] && ps.length === 2) {
        out.push(
          candidate(
            ctx,
            {
              type: 'PARTNERSHIP',
              from: ps[0] ?? '',
              to: ps[1] ?? '',
              anchor,
              dating,
              rule: 'partnership:agreement-name',
              reason: `agreement on "${levels[0].level}"`,
              confidence: 0.85,
            },
            { level: levels[0].level },
          ),
        );
      }
      // Two leaders of two countries signing together have met.
      const ids = [...signers.keys()];
      const leader = (id: string): boolean =>
        ctx.roles.some((f) => f.person === id && f.roleClass === 'leader');
      if (
        ids.length === 2 &&
        ids.every(leader) &&
        countryOf(ctx, ids[0] ?? '') !== countryOf(ctx, ids[1] ?? '')
      ) {
        out.push(
          candidate(
            ctx,
            {
              type: 'MET',
              from: ids[0] ?? '',
              to: ids[1] ?? '',
              anchor,
              dating,
              rule: 'met:co-signed',
              reason: 'signed the same document together',
              confidence: 0.7,
            },
            { kind: 'talks' },
          ),
        );
      }
    }
    // "The documents were signed by A and B": every document named in the sentence before.
    for (const s of ctx.sentences) {
      const m = DOCUMENTS_SIGNED_BY.exec(ctx.text.slice(s.start, s.end));
      if (!m || modality(ctx, s, s.start + m.index, 4)) continue;
      const signers = groupAfter(ctx, s, s.start + m.index + m[0].length, 30);
      const docs = ctx.agreements.filter((a) => a.sentence === s.index - 1);
      for (const a of docs)
        for (const p of signers)
          out.push(
            candidate(ctx, {
              type: 'SIGNED',
              from: p.id,
              to: a.id,
              anchor: s.start + m.index,
              dating: 'event',
              rule: 'signed:agreement',
              reason: `"${m[0].trim()}" after the documents were named`,
              confidence: 0.75,
            }),
          );
    }
    return out;
  },
};
