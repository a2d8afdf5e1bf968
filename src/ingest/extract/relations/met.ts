// MET: two named people met, held talks, spoke by phone, or one presented
// credentials to the other. Verbs take their subject group and object group;
// nouns ("talks", "meeting") need "with"/"between"/"of" and the people after.
import type { Ctx } from '../context';
import { inQuote } from '../context';
import type { Candidate, EntityMention, Sentence } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { modality, skipModal } from './clauses';
import { countryOf, groupAfter, groupBefore, peopleIn } from './personGroups';
import type { RelationRule } from './relationRule';

// "… being hosted by Z": a passive verb, whose subjects did not act together.
const PASSIVE = /\b(?:being|been|is|was|were|are)\s+\w+\s+by\b|\b\w+ed\s+by\b/i;

interface MetTable {
  met: {
    verbs: string[];
    credentials: string[];
    kinds: Record<string, string[]>;
    lightVerbs: string[];
    jointVerbs: string[];
  };
}

const NOUNS = new Set([
  'meeting',
  'talks',
  'conversation',
  'phone call',
  'telephone conversation',
  'phone conversation',
  'call',
  'discussions',
  'consultations',
  'political consultations',
  'negotiations',
]);
// "held talks in Lima with", "spoke by telephone on Sunday, May 5, with": places,
// days and the medium between the trigger and "with".
const LINK_GAP =
  /^(?:(?:\s+|\s*,\s*)(?:in|on|at|by|over|via|the|phone|telephone|video|link|morning|evening|afternoon|[\p{Lu}\d][\p{L}\d'’-]*\.?)(?![\p{L}\d])){0,8},?\s+(?:with|between)\b/u;
// "When meeting with X, Y said …": the subject follows the opening clause.
const OPENING_CLAUSE = /^\s*(?:when|while|after|before|during|upon|on)\s*$/i;
// "A and B held the 3rd round of political consultations".
const LIGHT_BEFORE_NOUN =
  /\b(?:held|hold|holds|holding|conducted|had)\s+(?:[\p{L}\d-]+\s+){0,5}$/iu;
// "spoke by phone on Thursday with …": a day between the verb and "with".
const WHEN =
  '(?:(?:on|last|this|late|early)\\s+)?(?:(?:\\p{Lu}\\p{Ll}+day|\\d{1,2}\\s+\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\s+\\d{1,2})(?:\\s+(?:morning|evening|afternoon|night))?,?\\s+)?';
// "X and Y discussed … in a phone call / during their talks".
const TALKED = /\b(?:discussed|talked|exchanged\s+views|reviewed|agreed)\b/i;
const CALL_AFTER =
  /\b(?:(?:in|during|over)\s+(?:a|an|the|their)\s+(?:[\p{L}-]+\s+){0,2}(?:phone|telephone|video)\s+(?:call|conversation|talks)|by\s+(?:phone|telephone)|(?:during|in)\s+(?:their|the|a)\s+(?:[\p{L}-]+\s+)?(?:talks|meeting))\b/iu;
let verbRe: RegExp | undefined;
let credRe: RegExp | undefined;
let lightRe: RegExp | undefined;
let jointRe: RegExp | undefined;

function kindOf(trigger: string, kinds: Record<string, string[]>): string {
  const t = trigger.toLowerCase();
  for (const [kind, words] of Object.entries(kinds))
    if (words.some((w) => t.includes(w))) return kind;
  return 'meeting';
}

export const met: RelationRule = {
  id: 'met:trigger',
  reason:
    'A meeting verb with people before and after it, a meeting noun with "with/between" and people, or a credentials ceremony.',
  apply(ctx: Ctx): Candidate[] {
    const t = ruleTable<MetTable>('relations').met;
    verbRe ??= phraseRegex(t.verbs);
    credRe ??= phraseRegex(t.credentials);
    lightRe ??= new RegExp(
      `\\b(?:${t.lightVerbs.join('|')})\\s+(?:a|an|the|their|his|her)\\s+(?:\\S+\\s+)?$`,
      'i',
    );
    jointRe ??= phraseRegex(t.jointVerbs);
    const out: Candidate[] = [];
    const add = (
      a: string,
      b: string,
      anchor: number,
      rule: string,
      reason: string,
      kind: string,
    ): void => {
      if (a === b) return;
      out.push(
        candidate(
          ctx,
          { type: 'MET', from: a, to: b, anchor, dating: 'event', rule, reason, confidence: 0.85 },
          { kind },
        ),
      );
    };
    // Every two people of a group met each other.
    const addAmong = (
      group: readonly EntityMention[],
      anchor: number,
      rule: string,
      reason: string,
      kind: string,
    ): void => {
      for (let i = 0; i < group.length; i++)
        for (let j = i + 1; j < group.length; j++)
          add(group[i]?.id ?? '', group[j]?.id ?? '', anchor, rule, reason, kind);
    };
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      // "X and Y discussed Ukraine in a phone call": the pair who talked, by the call after.
      const talked = TALKED.exec(text);
      if (
        talked &&
        CALL_AFTER.test(text.slice(talked.index)) &&
        !inQuote(ctx, s.start + talked.index)
      ) {
        const p = s.start + talked.index;
        const who = groupBefore(ctx, s, p);
        if (who.length === 2 && !modality(ctx, s, p, 4))
          add(
            who[0]?.id ?? '',
            who[1]?.id ?? '',
            p,
            'met:talked-in-call',
            `"${talked[0]}" in a call or talks`,
            /phone|telephone|video/i.test(text.slice(talked.index)) ? 'phone call' : 'talks',
          );
      }
      for (const c of counterpartsActing(ctx, s, jointRe))
        add(c.a, c.b, c.at, c.rule, c.reason, 'talks');
      credRe.lastIndex = 0;
      for (const m of text.matchAll(credRe)) {
        const p = s.start + (m.index ?? 0);
        if (inQuote(ctx, p) || modality(ctx, s, p, 4)) continue;
        const left = groupBefore(ctx, s, p);
        const right = groupAfter(ctx, s, p + m[0].length);
        const receives = /^(?:received|receives|accepted)/i.test(m[0]);
        const envoys = receives ? right : left;
        const hosts = receives ? left : right;
        for (const e of envoys) {
          for (const h of hosts) {
            add(e.id, h.id, p, 'met:credentials', `credentials "${m[0]}"`, 'meeting');
          }
        }
      }
      verbRe.lastIndex = 0;
      for (const m of text.matchAll(verbRe)) {
        const p = s.start + (m.index ?? 0);
        const end = p + m[0].length;
        if (inQuote(ctx, p)) continue;
        if (skipModal(ctx, s, 'met:trigger', p, m[0], 6)) continue;
        const full = m[0].toLowerCase().replace(/\s+/g, ' ');
        const trigger = full.replace(/ with$/, '');
        const kind = kindOf(trigger, t.kinds);
        const after = ctx.text.slice(end, end + 12);
        const linked =
          full !== trigger ||
          new RegExp(
            `^\\s+(?:(?:by|on|over)\\s+(?:the\\s+)?(?:phone|telephone|video\\s+link)\\s+)?${WHEN}(?:with|between|of)\\b`,
            'iu',
          ).test(ctx.text.slice(end, end + 70)) ||
          LINK_GAP.test(ctx.text.slice(end, end + 90));
        // "the meeting with", "his talks with": a noun; "when meeting with": a verb.
        const determined =
          /\b(?:the|a|an|his|her|their|its|this|that|first|second|latest|recent)\s+(?:\S+\s+)?$/i.test(
            ctx.text.slice(Math.max(s.start, p - 25), p),
          );
        if (NOUNS.has(trigger) && determined && linked) {
          // "The meeting of the SCO Council … was attended by X, Y": a named gathering
          // (an event) that people attend, not a meeting between them.
          const inEvent = ctx.events.some((ev) =>
            ev.mentions.some((e) => e.start <= p && e.end >= end && e.end - e.start > end - p + 4),
          );
          if (inEvent && /^\s+of\b/i.test(after)) continue;
          const right = groupAfter(ctx, s, end, 70);
          // "his meeting with Y": the possessor met Y.
          const poss = ctx.mentions.filter(
            (x) =>
              x.kind === 'Person' && x.end <= p && p - x.end < 4 && /^(?:his|her)$/i.test(x.text),
          );
          // "X held a separate meeting with Y": the subject of the light verb.
          const light = lightRe.exec(ctx.text.slice(Math.max(s.start, p - 40), p));
          const subject =
            light && !/between|of/i.test(after)
              ? groupBefore(ctx, s, Math.max(s.start, p - 40) + light.index)
              : [];
          const left = /between|of/i.test(after) ? [] : poss.length ? poss : subject;
          if (left.length)
            for (const a of left)
              for (const b of right) add(a.id, b.id, p, 'met:noun-with', `"${trigger} with"`, kind);
          else addAmong(right, p, 'met:noun-between', `"${trigger}" between people`, kind);
          continue;
        }
        if (NOUNS.has(trigger) && !linked) {
          // "A and B held the 3rd round of political consultations".
          const light = LIGHT_BEFORE_NOUN.exec(ctx.text.slice(Math.max(s.start, p - 50), p));
          const pair = light ? groupBefore(ctx, s, Math.max(s.start, p - 50) + light.index) : [];
          if (pair.length === 2 && !modality(ctx, s, p, 6))
            add(
              pair[0]?.id ?? '',
              pair[1]?.id ?? '',
              p,
              'met:held-noun',
              `"X and Y held … ${trigger}"`,
              kind,
            );
          continue;
        }
        let left = groupBefore(ctx, s, p);
        // "When meeting with X, Y said …": the subject after the opening clause.
        if (!left.length && OPENING_CLAUSE.test(ctx.text.slice(s.start, p))) {
          const obj = groupAfter(ctx, s, end, 60);
          const comma = obj.length ? ctx.text.indexOf(',', obj[0]?.end ?? end) : -1;
          const subject = comma > 0 && comma < s.end ? peopleIn(ctx, comma, s.end)[0] : undefined;
          if (subject && subject.start - comma < 40) left = [subject];
        }
        const right =
          /^(?:received|receives|receiving|hosted|hosts|welcomed|greeted|greets|met|meets|meet)$/.test(
            trigger,
          ) || linked
            ? groupAfter(ctx, s, end, 60)
            : [];
        if (right.length) {
          const subject = left.length ? left : [];
          for (const a of subject)
            for (const b of right)
              if (a.id !== b.id) add(a.id, b.id, p, 'met:verb', `"${trigger}" with object`, kind);
          // "following talks in Lima between A and B".
          if (
            !subject.length &&
            LINK_GAP.test(ctx.text.slice(end, end + 90)) &&
            /between/i.test(ctx.text.slice(end, right[0]?.start ?? end))
          )
            addAmong(right, p, 'met:noun-between', `"${trigger}" between people`, kind);
        } else if (
          left.length >= 2 &&
          // "A and B … after receiving the credentials": receiving, hosting or welcoming
          // someone else is not meeting each other.
          !/^(?:received|receives|receiving|hosted|hosts|welcomed|chaired|co-chaired)$/.test(
            trigger,
          ) &&
          !PASSIVE.test(ctx.text.slice(Math.max(s.start, p - 12), end + 4))
        ) {
          // "X and Y … the summit being hosted by Z": a passive verb has no meeting subjects.
          addAmong(left, p, 'met:verb-plural-subject', `"X and Y ${trigger}"`, kind);
        }
      }
    }
    return out;
  },
};

/**
 * "X and his Tanzanian counterpart Y agreed …": a subject pair joined by
 * "counterpart" acting together (a joint verb right after the pair) met.
 */
function counterpartsActing(
  ctx: Ctx,
  s: Sentence,
  joint: RegExp,
): { a: string; b: string; at: number; rule: string; reason: string }[] {
  const text = ctx.text.slice(s.start, s.end);
  const out: { a: string; b: string; at: number; rule: string; reason: string }[] = [];
  joint.lastIndex = 0;
  for (const m of text.matchAll(joint)) {
    const p = s.start + (m.index ?? 0);
    if (inQuote(ctx, p) || modality(ctx, s, p, 4)) continue;
    const group = groupBefore(ctx, s, p);
    const last = group.at(-1);
    if (group.length !== 2 || !last) continue;
    const between = ctx.text.slice(group[0]?.end ?? p, last.start);
    const tail = ctx.text.slice(last.end, p);
    // The verb follows the pair (an adverb or "on Tuesday" between at most).
    if (!/\bcounterpart\b/i.test(between) || tail.length > 25 || /[,;]/.test(tail)) continue;
    const [a, b] = [group[0]?.id ?? '', last.id];
    if (countryOf(ctx, a) && countryOf(ctx, a) === countryOf(ctx, b)) continue;
    out.push({
      a,
      b,
      at: p,
      rule: 'met:counterparts-acting',
      reason: `"X and his counterpart Y ${m[0]}"`,
    });
  }
  return out;
}
