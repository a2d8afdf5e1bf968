// "Ana Ruiz, the newly appointed Ambassador of Chile, …": a name followed by
// a comma and a role phrase holds that role.
import { isPossessive } from '../../tokens';
import { isNameWord } from '../nameShape';
import { parseRoleAt } from '../roleParse';
import { roleLexicon } from '../roleLexicon';
import { freeRuns } from './nameRuns';
import type { PersonScan, RoleDraft, SightingRule } from './sighting';
import { draftOf, sight } from './sighting';

const SENTENCE_ADVERB =
  /^(?:Earlier|Later|Meanwhile|Previously|Recently|Separately|Additionally|Also|Moreover|Furthermore|However|Today|Yesterday|Now|Then|Finally|Initially|Currently|Besides|Thus|Therefore|Instead|Still|Overall)$/;

/** Words after which a one-word capitalised run starts a clause rather than names someone. */
export const OPENERS = new Set([
  'and',
  'but',
  'while',
  'as',
  'when',
  'that',
  'with',
  'by',
  'also',
  'where',
  'after',
  'said',
  'says',
]);

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'into',
  'near',
  'across',
  'over',
  'within',
]);

export const apposition: SightingRule = {
  id: 'person:apposition',
  reason: 'A name followed by ", [the] [former] [new] [Country] Role [of Y]" holds that role.',
  find(scan: PersonScan): void {
    const { ix } = scan;
    const T = ix.tokens;
    const roles = roleLexicon();
    for (const { i, end } of freeRuns(scan)) {
      if (T[end]?.text !== ',') continue;
      const words = end - i;
      const prev = T[i - 1];
      let q = end + 1;
      if (T[q]?.lower === 'the') q++;
      let former = false;
      if (roles.former.has(T[q]?.lower ?? '')) {
        former = true;
        q++;
      }
      // "X, and chairman of … Y": a new item of a list, not X's apposition.
      if (T[q]?.lower === 'and' || T[q]?.lower === 'or') continue;
      const freshFrom = q;
      while (q < end + 5 && roles.fresh.has(T[q]?.lower ?? '')) q++;
      const fresh = q > freshFrom;
      let holder: string | undefined;
      const m = ix.mentionOf[q];
      if (m && (m.kind === 'Country' || m.kind === 'Organization')) {
        holder = m.id;
        while (ix.mentionOf[q] === m) q++;
        if (isPossessive(T[q])) q++;
      }
      // Modifiers (Foreign, Vice) before the head.
      let h = q;
      while (h < q + 4 && !parseRoleAt(ix, h) && roles.roleWords.has(T[h]?.lower ?? '')) h++;
      const r = parseRoleAt(ix, h);
      if (!r) continue;
      // "X, Foreign Minister Y": the role is Y's title, not X's apposition.
      const titleOfNext =
        isNameWord(T[r.end], ix.covered) ||
        (isNameWord(T[r.end + 1], ix.covered) && T[r.end]?.text === ',');
      if (
        titleOfNext ||
        (words < 2 && OPENERS.has(prev?.lower ?? '')) ||
        // "the war in Gaza, the emir said": after a preposition a lone word is a place.
        (words < 2 && PLACE_PREPOSITIONS.has(prev?.lower ?? '')) ||
        r.head.roleClass === 'counterpart' ||
        SENTENCE_ADVERB.test(T[i]?.text ?? '')
      )
        continue;
      const d = draftOf(ix, r);
      // Modifiers the parse did not take already ("deputy" in "deputy foreign minister" it did).
      d.role = [...T.slice(q, Math.min(h, r.first)).map((t) => t.text), r.role].join(' ');
      d.role = d.role.charAt(0).toUpperCase() + d.role.slice(1);
      if (!d.holder && holder) d.holder = holder;
      d.former = d.former || former;
      if (fresh) d.fresh = true;
      d.start = T[i]?.start ?? d.start;
      // "X, Crown Prince and Prime Minister of Bahrain": both titles, with the holder of the last.
      const r2 = T[r.end]?.lower === 'and' ? parseRoleAt(ix, r.end + 1) : undefined;
      const also: RoleDraft[] = [];
      if (r2 && r2.head.roleClass !== 'counterpart') {
        const d2 = draftOf(ix, r2);
        d2.role = d2.role.charAt(0).toUpperCase() + d2.role.slice(1);
        if (!d2.holder && holder) d2.holder = holder;
        if (!d.holder && d2.holder) d.holder = d2.holder;
        d2.former = d.former;
        d2.start = d.start;
        also.push(d2);
      }
      sight(scan, i, end, this.id, `name followed by ", ${r.role}"`, d);
      const seen = scan.out.at(-1);
      if (seen && also.length) seen.alsoRoles = also;
    }
  },
};
