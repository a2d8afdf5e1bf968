// Gazetteer hits become entity mentions. A capital or city is a place in
// "talks in Ankara" or a dateline ("NAIROBI, May 6."), but the
// government in "between Baku and Beijing": places are kept as located
// mentions, not as mentions of the country.
import type { EntityMention } from './model';
import { isCommonWord } from './commonWords';
import type { LexiconHit } from './lexicon';

const PLACE_BEFORE =
  /(?:\b(?:in|at|from|near|outside|inside|across|around|within|via|of|into|arrived|arriving|arrive|reached|visit|visiting|visited|trip|travel|travelled|traveled|headed|held|hosted|city|capital|(?:visit|visits|trip|travel|travelled|traveled|flew|flying|headed|heading|journey|tour|came|went|returned|arrival|departed|departure)\s+to)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?)?)$/i;

/** Whether a capital/city hit is used as a place rather than for its government. */
export function isPlaceUse(text: string, hit: LexiconHit): boolean {
  if (hit.form !== 'capital') return false;
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 30);
  if (PLACE_BEFORE.test(before)) return true;
  // Dateline: line start, then a comma, dash or "(" ("LIMA –", "NAIROBI, May 6.").
  const lineStart = hit.start === 0 || /\n\s*$/.test(before);
  if (lineStart && /^\s*(?:[,–—(-]|\/)/.test(after)) return true;
  if (/^\p{Lu}{3,}/u.test(hit.text) && /^\s*[,–—-]/.test(after)) return true;
  // "Mombasa, Kenya" style place followed by its country.
  if (/^,\s*\p{Lu}/u.test(after) && PLACE_BEFORE.test(before)) return true;
  return false;
}

/**
 * A capital right before a capitalised word that is neither an everyday word
 * nor another gazetteer name is a first name ("Baghdad Nurtayev").
 */
function firstNameOf(text: string, hit: LexiconHit, hits: readonly LexiconHit[]): boolean {
  const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(hit.end, hit.end + 30));
  if (!next?.[1] || isCommonWord(next[1])) return false;
  return !hits.some((h) => h.start === hit.end + 1);
}

/** Entity mentions for gazetteer hits (topics excluded: they are areas, found in context). */
export function actorMentions(text: string, hits: readonly LexiconHit[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const h of hits) {
    if (h.kind === 'Topic') continue;
    const m: EntityMention = {
      start: h.start,
      end: h.end,
      id: h.id,
      kind: h.kind,
      text: h.text,
      rule: h.rule,
      form: h.form,
    };
    if (isPlaceUse(text, h)) m.location = true;
    else if (h.placeOnly) continue;
    // "Secretary-General Baghdad Nurtayev": a capital that is someone's first name.
    else if (h.form === 'capital' && firstNameOf(text, h, hits)) continue;
    out.push(m);
  }
  return out;
}
