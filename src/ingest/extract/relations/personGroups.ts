// Coordinated people around a trigger word: the subject group before it
// ("X and Y met", "Along with X, Y and Z also presented …") and the object
// group after it ("met with X", "signed by X and Y"). Role phrases between
// names ("X and Chilean Culture Minister Y") do not break a group.
import type { Ctx } from '../context';
import type { EntityMention, Sentence } from '../model';

// "X, the Prime Minister of Uganda, Y": an article may open the next role phrase.
const JOIN =
  /^\s*(?:[,;]\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|&\s+)(?:(?:his|her|their|the)\s+)?$/i;
const POSSESSIVE = /^(?:his|her|their|its)$/i;
// "X of Kenya and Y of Tanzania": a person's own "of COUNTRY" does not break the list.
const OWN_COUNTRY =
  /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?=\s*(?:,|and\b|&))/u;
// A new clause with its own subject ("…, while trade officials initialled …").
const CLAUSE_BREAK = /,\s+(?:while|whereas|but|although|though)\s/gi;

// "X (Azerbaijan), Y (Kazakhstan)": a bracketed country or title after a name.
const OWN_BRACKET = /^\s*\([^()]{1,60}\)/;

// "X, Kyrgyzstan's Y": the next person's possessive country does not break the list.
const NEXT_POSSESSIVE = /(?<=[\s,])(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?\s*$/u;

// "The presidents of Mexico, A, and Guatemala, B": the next item's country before its name.
const NEXT_COUNTRY_ITEM =
  /^\s*,\s*(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*,\s*$/u;

function joined(gap: string): boolean {
  return (
    JOIN.test(gap.replace(OWN_BRACKET, '').replace(OWN_COUNTRY, '').replace(NEXT_POSSESSIVE, '')) ||
    NEXT_COUNTRY_ITEM.test(gap)
  );
}

/** Start of the clause holding `at`: after the last ";" or ", while …" before it. */
function clauseStartOf(ctx: Ctx, s: Sentence, at: number): number {
  let start = Math.max(s.start, ctx.text.lastIndexOf(';', at) + 1);
  const before = ctx.text.slice(start, at);
  for (const m of before.matchAll(CLAUSE_BREAK))
    start = Math.max(start, start + (m.index ?? 0) + 1);
  return start;
}

/** Where a person's mention phrase starts, role phrase included. */
function phraseStart(ctx: Ctx, m: EntityMention): number {
  let start = m.start;
  for (const f of ctx.roles)
    if (f.person === m.id && f.end === m.end && f.start < start) start = f.start;
  return start;
}

function phraseEnd(ctx: Ctx, m: EntityMention): number {
  let end = m.end;
  // Apposition "X, President of Y," belongs to X.
  for (const f of ctx.roles)
    if (f.person === m.id && f.start === m.start && f.end > end) end = f.end;
  return end;
}

/** Person mentions in [from, to), one per id (first), in order. */
export function peopleIn(ctx: Ctx, from: number, to: number): EntityMention[] {
  const seen = new Set<string>();
  const out: EntityMention[] = [];
  for (const m of ctx.mentions) {
    if (m.kind !== 'Person' || m.start < from || m.end > to) continue;
    // "her counterpart X": the possessive is not one of the people of the group.
    if (m.form === 'coref' && POSSESSIVE.test(m.text)) continue;
    if (out.length && (out.at(-1)?.end ?? 0) > m.start) continue;
    out.push(m);
    seen.add(m.id);
  }
  return out;
}

function uniq(ms: EntityMention[]): EntityMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.id) ? false : (seen.add(m.id), true)));
}

/** The coordinated group of people ending nearest before `at` in the clause. */
export function groupBefore(ctx: Ctx, s: Sentence, at: number): EntityMention[] {
  const clauseStart = clauseStartOf(ctx, s, at);
  const ms = peopleIn(ctx, clauseStart, at);
  const last = ms.at(-1);
  if (!last) return [];
  const group = [last];
  for (let k = ms.length - 2; k >= 0; k--) {
    const a = ms[k];
    const b = group[0];
    if (!a || !b) break;
    if (!joined(ctx.text.slice(phraseEnd(ctx, a), phraseStart(ctx, b)))) {
      // "Along with X, Y and Z": X joins the group.
      if (
        /^\s*,\s*$/.test(ctx.text.slice(phraseEnd(ctx, a), phraseStart(ctx, b))) &&
        /along with\s*$/i.test(ctx.text.slice(clauseStart, phraseStart(ctx, a)))
      ) {
        group.unshift(a);
        continue;
      }
      break;
    }
    group.unshift(a);
  }
  return uniq(group);
}

/** The coordinated group of people starting first after `at`, within `maxGap` characters. */
export function groupAfter(ctx: Ctx, s: Sentence, at: number, maxGap = 90): EntityMention[] {
  const ms = peopleIn(ctx, at, s.end);
  const first = ms[0];
  if (!first || phraseStart(ctx, first) - at > maxGap) return [];
  const group = [first];
  for (let k = 1; k < ms.length; k++) {
    const a = group.at(-1);
    const b = ms[k];
    if (!a || !b) break;
    if (!joined(ctx.text.slice(phraseEnd(ctx, a), phraseStart(ctx, b)))) break;
    group.push(b);
  }
  return uniq(group);
}

/** The country a person holds a role for, if known. */
export function countryOf(ctx: Ctx, person: string): string | undefined {
  for (const f of ctx.roles) {
    if (
      f.person === person &&
      f.holder &&
      !f.former &&
      ctx.lexicon.get(f.holder)?.kind === 'Country'
    )
      return f.holder;
  }
  return undefined;
}
