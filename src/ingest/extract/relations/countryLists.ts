// Coordinated lists of countries ("Brazil, Russia, India and China"): the
// list that starts at a point, and the list that ends at one. Membership,
// signing and visit rules read their countries through these.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { EntityMention, Sentence } from '../model';

// ", ", " and ", "and", "as well as", with a short aside before it ("Russia (since 2001), China").
const COORDINATED =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s+|as\s+well\s+as\s+|plus\s+)(?:the\s+)?$/i;
// An item that is not a known country ("…, Palestine, and Egypt") does not end the list.
const UNKNOWN_ITEM =
  /^\s*,\s*(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/u;

/**
 * Coordinated countries starting right at `from` (after optional spaces), or
 * with `anywhere` at the first country after it ("consists of four countries: A, B …").
 */
export function countriesFrom(
  ctx: Ctx,
  s: Sentence,
  from: number,
  anywhere = false,
): EntityMention[] {
  const out: EntityMention[] = [];
  let prevEnd = from;
  for (const m of mentionsIn(ctx, from, s.end, ['Country'])) {
    const gap = ctx.text.slice(prevEnd, m.start);
    const first = anywhere || /^\s*(?:the\s+)?$/i.test(gap);
    if (out.length ? !COORDINATED.test(gap) && !UNKNOWN_ITEM.test(gap) : !first) break;
    if (!out.some((x) => x.id === m.id)) out.push(m);
    prevEnd = m.end;
  }
  return out;
}

/**
 * Coordinated countries ending right at `to` ("Peru and Chile" before a verb),
 * from `from` on; `lead` says what may stand between the last one and `to`
 * ("Peru's government has signed": "'s government has").
 */
export function countriesUntil(
  ctx: Ctx,
  s: Sentence,
  to: number,
  lead: RegExp = /^\s*$/,
  from: number = s.start,
): EntityMention[] {
  const ms = mentionsIn(ctx, from, to, ['Country']);
  const out: EntityMention[] = [];
  let nextStart = to;
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k];
    if (!m) break;
    const gap = ctx.text.slice(m.end, nextStart);
    if (!(out.length ? COORDINATED : lead).test(gap)) break;
    out.unshift(m);
    nextStart = m.start;
  }
  return out;
}
