// COOPERATES_ON: areas listed inside a cooperation context only —
// "cooperation in trade, energy and transport", "interaction … within the UN,
// the OIC", "Belt and Road cooperation". Topic words elsewhere ("the volume
// of trade reached …") are not cooperation areas. One relation per area;
// the parties are the sentence's pair.
import type { Ctx } from '../context';
import { mentionAt, mentionsIn } from '../context';
import type { Candidate } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { countriesIn, isMultilateralArticle, skipModal, pairsOf, partiesIn } from './clauses';
import { countryOf, peopleIn } from './personGroups';
import type { RelationRule } from './relationRule';
import { isMembershipBody } from './signatures';

interface CoopTable {
  cooperation: { triggers: string[] };
}

let triggerRe: RegExp | undefined;
/** Where an area list ends: an infinitive, a new clause, a purpose. */
const LIST_END =
  /\s(?:to\s+(?!the\b|a\b|an\b)[a-z]+|which|who|while|so that|because|but|in order|for the benefit|with a view|aimed|aiming|contributes?|reached|reach|is|are|was|were|has|have|had|will|would|should|can|could)\b|[;.!?]|,\s+(?:the\s+)?[\p{L}]+(?:\s+[\p{L}’'-]+){0,3}\s+(?:reported|said|noted|added|stated|stressed)\b/iu;

const ESPECIALLY =
  /^[^;.]{0,40}?,\s*(?:especially|particularly|notably|mainly|primarily|including)\s+(?:in\s+)?(?:the\s+)?(?:(?:fields?|areas?|spheres?|sectors?)\s+of\s+)?/i;
const FIELD_TRIGGER = /^in\s+the\s+(?:fields?|areas?|spheres?|sectors?)\s+of$/i;
const DOCUMENT_CUE =
  /\b(?:signed|agreements?|memorand(?:um|a)|MoUs?|protocols?|documents?|accords?|deals?|programmes?|programs?)\b/i;

export const cooperatesOn: RelationRule = {
  id: 'cooperates-on:context',
  reason:
    'Areas (topics, initiatives, organisations) listed right after a cooperation word, or directly before it ("energy cooperation").',
  apply(ctx: Ctx): Candidate[] {
    triggerRe ??= phraseRegex(ruleTable<CoopTable>('relations').cooperation.triggers);
    const out: Candidate[] = [];
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      triggerRe.lastIndex = 0;
      for (const m of text.matchAll(triggerRe)) {
        const p = s.start + (m.index ?? 0);
        const end = p + m[0].length;
        // "Shanghai Cooperation Organization", "cooperation agreements": part of a name.
        const inside = mentionAt(ctx, p);
        if (inside && inside.kind !== 'Topic') continue;
        // "were expected to hold talks on … cooperation, including …": a plan some words back.
        if (skipModal(ctx, s, 'cooperates-on:context', p, m[0], 12)) continue;
        // "in the fields of …" counts only in a sentence about documents or cooperation.
        if (FIELD_TRIGGER.test(m[0]) && !DOCUMENT_CUE.test(text)) continue;
        const rest = ctx.text.slice(end, s.end);
        const stop = LIST_END.exec(rest);
        let windowEnd = end + (stop ? stop.index : rest.length);
        // "cooperation between A and B is developing well, especially in the fields of …".
        const especially = ESPECIALLY.exec(ctx.text.slice(windowEnd, s.end));
        if (especially) {
          const from = windowEnd + especially.index + especially[0].length;
          const tail = LIST_END.exec(ctx.text.slice(from, s.end));
          windowEnd = from + (tail ? tail.index : s.end - from);
        }
        // Words right before the trigger ("trade and economic cooperation", "Belt and Road cooperation").
        const pre = ctx.text.slice(Math.max(s.start, p - 40), p);
        const preStart = p - (/(?:[\p{L}-]+\s+(?:and\s+)?){1,4}$/u.exec(pre)?.[0].length ?? 0);
        const areas: { id: string; start: number; end: number; text: string; rule: string }[] = [];
        for (const h of ctx.lexicon.topicTriggers(ctx.text.slice(preStart, windowEnd), preStart)) {
          if (h.needsCooperationCue) {
            const lead = ctx.text.slice(Math.max(s.start, h.start - 30), h.start);
            if (
              !/(?:\b(?:in|on|of|as|including|covering|like|namely)|,|\band)\s*(?:the\s+)?$/i.test(
                lead,
              ) &&
              h.end !== p - 1 &&
              h.end !== p
            )
              continue;
          }
          areas.push(h);
        }
        for (const o of mentionsIn(ctx, preStart, windowEnd, ['Organization', 'Initiative'])) {
          if (o.end <= p && o.kind === 'Organization') continue;
          // A news agency or a seat of government ("Kazinform", "Akorda") is no area.
          if (o.kind === 'Organization' && !isMembershipBody(ctx, o.id)) continue;
          areas.push(o);
        }
        if (!areas.length) {
          ctx.decide({
            rule: 'cooperates-on:context',
            start: p,
            end,
            text: m[0],
            action: 'skip',
            reason: 'no area listed',
          });
          continue;
        }
        const weSpeak = /\bwe\b|\bour\b/i.test(text);
        // Parties come before the areas ("cooperation between A and B in …"); countries after them are something else.
        const firstArea = Math.min(
          ...areas.filter((a) => a.start > p).map((a) => a.start),
          windowEnd,
        );
        let parties = partiesIn(ctx, s.start, firstArea, weSpeak);
        if (parties.length !== 2) parties = partiesIn(ctx, s.start, s.end, weSpeak);
        if (parties.length !== 2) parties = impliedParties(ctx, s.start, s.end, p);
        if (parties.length !== 2) {
          ctx.decide({
            rule: 'cooperates-on:context',
            start: p,
            end,
            text: m[0],
            action: 'skip',
            reason: `parties unclear (${parties.join(', ') || 'none'})`,
          });
          continue;
        }
        const actorPairs = parties.length === 2 ? pairsOf(parties) : [];
        const seen = new Set<string>();
        for (const a of areas) {
          if (seen.has(a.id)) continue;
          seen.add(a.id);
          for (const [x, y] of actorPairs) {
            out.push(
              candidate(
                ctx,
                {
                  type: 'COOPERATES_ON',
                  from: x,
                  to: y,
                  anchor: p,
                  dating: 'state',
                  rule: 'cooperates-on:context',
                  reason: `"${m[0]}" … "${a.text}"`,
                  confidence: 0.75,
                },
                { area: a.id },
              ),
            );
          }
        }
      }
    }
    return out;
  },
};

/**
 * Parties of a cooperation sentence that names no country: the countries of
 * the people before the trigger ("A and B reviewed cooperation in …", also
 * when only their countries are named besides), else
 * the article's pair ("The talks covered cooperation in …").
 */
function impliedParties(ctx: Ctx, from: number, to: number, trigger: number): string[] {
  const named = countriesIn(ctx, from, to);
  const people = new Set<string>();
  for (const m of peopleIn(ctx, from, trigger)) {
    const c = countryOf(ctx, m.id);
    if (c) people.add(c);
  }
  // A country named in passing ("a statement by the Jordanian ministry") is one of theirs.
  if (people.size === 2 && named.every((c) => people.has(c))) return [...people];
  if (named.length) return [];
  // A summit's agenda in an article about many countries belongs to no one pair.
  return people.size === 0 && ctx.pair.length === 2 && !isMultilateralArticle(ctx)
    ? [...ctx.pair]
    : [];
}
