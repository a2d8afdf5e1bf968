// Sentence-level helpers shared by the relation rules: who the parties of a
// sentence are, and whether a trigger is asserted or only planned/negated.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Sentence } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';

interface ModalityTable {
  planned: string[];
  negated: string[];
}
interface CorefTable {
  pairActors: string[];
  pairPersons: string[];
}

let plannedRe: RegExp | undefined;
let negatedRe: RegExp | undefined;
let pairRe: RegExp | undefined;

/** Text of the clause before `anchor` (back to the previous clause break, at most ~10 words). */
export function clauseBefore(ctx: Ctx, s: Sentence, anchor: number, maxWords = 10): string {
  const before = ctx.text.slice(s.start, anchor);
  const cut = Math.max(
    before.lastIndexOf(';'),
    before.lastIndexOf(':'),
    before.lastIndexOf('"'),
    before.lastIndexOf('“'),
  );
  const clause = before.slice(cut + 1);
  return clause.split(/\s+/).slice(-maxWords).join(' ');
}

/** Why the trigger at `anchor` is not a reported fact (planned, negated), or undefined. */
export function modality(ctx: Ctx, s: Sentence, anchor: number, maxWords = 8): string | undefined {
  const t = ruleTable<ModalityTable>('modality');
  plannedRe ??= phraseRegex(t.planned, 'iu');
  negatedRe ??= phraseRegex(t.negated, 'iu');
  const clause = clauseBefore(ctx, s, anchor, maxWords);
  const p = plannedRe.exec(clause);
  if (p) return `planned ("${p[0]}")`;
  const n = negatedRe.exec(clause);
  if (n) return `negated ("${n[0]}")`;
  return undefined;
}

/**
 * True (and the decision logged) when the trigger `text` at `start` is
 * planned or negated rather than a reported fact, so the rule skips it.
 */
export function skipModal(
  ctx: Ctx,
  s: Sentence,
  rule: string,
  start: number,
  text: string,
  maxWords: number,
): boolean {
  const why = modality(ctx, s, start, maxWords);
  if (!why) return false;
  ctx.decide({ rule, start, end: start + text.length, text, action: 'skip', reason: why });
  return true;
}

/** Whether the text mentions the article's pair collectively ("the two countries", "each other", "bilateral"). */
export function hasPairPhrase(text: string): boolean {
  const t = ruleTable<CorefTable>('coreference');
  pairRe ??= phraseRegex([...t.pairActors, ...t.pairPersons], 'iu');
  return pairRe.test(text);
}

/** Countries named in [from, to) in order of first mention (places excluded). */
export function countriesIn(ctx: Ctx, from: number, to: number): string[] {
  const out: string[] = [];
  for (const m of mentionsIn(ctx, from, to, ['Country'])) if (!out.includes(m.id)) out.push(m.id);
  return out;
}

/**
 * The parties of a bilateral statement in [from, to): the countries named
 * there; one named country plus the pair phrase or "with" completes the
 * article's pair; none named but a pair phrase gives the article's pair.
 */
export function partiesIn(ctx: Ctx, from: number, to: number, assumePair = false): string[] {
  const named = countriesIn(ctx, from, to);
  const text = ctx.text.slice(from, to);
  if (named.length >= 2) return named;
  const pairLike = assumePair || hasPairPhrase(text) || /\bwith\b/i.test(text);
  if (named.length === 1 && pairLike && ctx.pair.length === 2 && ctx.pair.includes(named[0] ?? ''))
    return [...ctx.pair];
  if (named.length === 0 && pairLike && ctx.pair.length === 2) return [...ctx.pair];
  return named;
}

/** All (a, b) pairs of a party list: a bloc and its partners, or two countries. */
export function pairsOf(parties: readonly string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) out.push([parties[i] ?? '', parties[j] ?? '']);
  }
  return out;
}

/**
 * The pair a collective phrase ("the two countries") in sentence `index`
 * refers to: the two countries that sentence names before `before` (or in
 * full), else the article's pair. "relations with Chile … signed between the
 * two countries" is the host and Chile, not the article's main pair.
 */
export function pairFor(ctx: Ctx, index: number, before?: number): string[] {
  const s = ctx.sentences[index];
  if (s) {
    const named = countriesIn(ctx, s.start, before ?? s.end);
    if (named.length === 2) return named;
  }
  return ctx.pair.length === 2 ? [...ctx.pair] : [];
}

// More countries than this in an article and it is not about one pair.
const MAX_PAIR_ARTICLE_COUNTRIES = 4;

/** An article about many countries (a summit): its "pair" says little about any one fact. */
export function isMultilateralArticle(ctx: Ctx): boolean {
  return countriesIn(ctx, 0, ctx.text.length).length > MAX_PAIR_ARTICLE_COUNTRIES;
}
