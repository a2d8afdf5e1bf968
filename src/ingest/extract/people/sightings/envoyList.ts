// Lists of people under a plural role or a collective: "the new ambassadors
// of Estonia, Anneli Kolk; Slovenia, Mateja Prevolsek", "news ambassadors Smita
// Pant of India, Won Do-young of Korea and …", or a vertical list after "The
// ambassadors are:" ("-- Pham Thanh Binh from Vietnam"). Each item names a
// person and the country (or organisation) they represent; a role head gives
// every item its singular role ("Ambassador"), "to China" the host.
import { isPossessive } from '../../tokens';
import { nameRunEnd } from '../nameShape';
import { headAt, roleLexicon } from '../roleLexicon';
import type { RoleHead } from '../roleLexicon';
import type { TokenIndex } from '../tokenIndex';
import type { PersonScan, RoleDraft, SightingRule } from './sighting';
import { sight, skipMention } from './sighting';

interface Item {
  /** Token range of the name. */
  name: [number, number];
  holder: string;
  /** Token index after the item. */
  next: number;
}

const HOLDER_KINDS = new Set(['Country', 'Organization']);
const BULLET = /^[-–—•*·]$/;
// "Lars Holm – Norway": a dash between the name and its country.
const DASH = /^[–—-]$/;
const VERBS = new Set(['are', 'were', 'include', 'included', 'includes', 'is']);
// Words that may stand between a collective and its verb: "in attendance", "attending the summit".
const AFTER_HEAD = new Set(['in', 'at', 'attending', 'present', 'participating', 'taking', 'who']);

/** The country or organisation mention at token k (after an optional "the"), and the index after it. */
function holderAt(ix: TokenIndex, k: number): { id: string; end: number } | undefined {
  const at = ix.tokens[k]?.lower === 'the' ? k + 1 : k;
  const m = ix.mentionOf[at];
  if (!m || !HOLDER_KINDS.has(m.kind) || m.location === true) return undefined;
  const end = skipMention(ix, at);
  if (isPossessive(ix.tokens[end])) return undefined;
  return { id: m.id, end };
}

/** "Estonia, Anneli Kolk" (after "ambassadors of"), "Smita Pant of India", "X from Chile", "X (Chile)", "X – Chile". */
function itemAt(scan: PersonScan, k: number, countryFirst: boolean): Item | undefined {
  const { ctx, ix } = scan;
  const T = ix.tokens;
  if (countryFirst) {
    const h = holderAt(ix, k);
    if (h) {
      const n = T[h.end]?.text === ',' ? h.end + 1 : h.end;
      const end = nameRunEnd(ctx.text, T, n, ix.covered);
      if (end > n) return { name: [n, end], holder: h.id, next: end };
    }
  }
  const end = nameRunEnd(ctx.text, T, k, ix.covered);
  if (end === k) return undefined;
  const link = T[end]?.lower;
  if (link === 'of' || link === 'from' || DASH.test(T[end]?.text ?? '')) {
    const h = holderAt(ix, end + 1);
    // "X – Hellenic Republic (Greece)": a bracketed gloss after the country.
    if (h) return { name: [k, end], holder: h.id, next: afterGloss(T, h.end) };
  }
  if (T[end]?.text === '(') {
    const h = holderAt(ix, end + 1);
    if (h && T[h.end]?.text === ')') return { name: [k, end], holder: h.id, next: h.end + 1 };
  }
  return undefined;
}

/** The index after a bracketed gloss at k ("(Greece)"), or k. */
function afterGloss(T: TokenIndex['tokens'], k: number): number {
  if (T[k]?.text !== '(') return k;
  for (let j = k + 1; j < k + 8 && T[j]; j++) if (T[j]?.text === ')') return j + 1;
  return k;
}

/** Index of the next item after a separator (",", ";", "and", a new line, a bullet), or -1. */
function nextItemStart(scan: PersonScan, k: number): number {
  const T = scan.ix.tokens;
  let j = k;
  let separated = false;
  while (
    T[j] &&
    (T[j]?.text === ',' || T[j]?.text === ';' || T[j]?.lower === 'and' || T[j]?.text === '&')
  ) {
    separated = true;
    j++;
  }
  const brokeLine = /\n/.test(scan.ctx.text.slice(T[k - 1]?.end ?? 0, T[j]?.start ?? 0));
  while (T[j] && BULLET.test(T[j]?.text ?? '')) j++;
  return separated || brokeLine ? j : -1;
}

function singularRole(head: RoleHead): string {
  return head.form;
}

export const envoyList: SightingRule = {
  id: 'person:list-item',
  reason:
    'Names listed under a plural role or collective ("ambassadors of A, X; B, Y", "envoys X of A and Y of B", "The ambassadors are: X from A"), each with the country it names.',
  find(scan: PersonScan): void {
    const { ix } = scan;
    const T = ix.tokens;
    const collectives = roleLexicon().collectives;
    for (let i = 0; i < T.length; i++) {
      const found = headAt(T, i, true);
      const last = found ? T[found.end - 1] : undefined;
      const plural = !!found && !!last && last.lower !== found.head.words.at(-1);
      if (!plural && !collectives.has(T[i]?.lower ?? '')) continue;
      const head = plural ? found?.head : undefined;
      let j = plural && found ? found.end : i + 1;
      let accreditedTo: string | undefined;
      const countryFirst = T[j]?.lower === 'of';
      if (countryFirst) j++;
      if (T[j]?.lower === 'to') {
        const h = holderAt(ix, j + 1);
        if (h) {
          accreditedTo = h.id;
          j = h.end;
        }
      }
      // "Leaders in attendance included …", "Heads of state attending the summit were …".
      // "The envoys who presented their credentials at State House, Nairobi, include …".
      if (!VERBS.has(T[j]?.lower ?? '') && AFTER_HEAD.has(T[j]?.lower ?? '')) {
        const relative = T[j]?.lower === 'who';
        const verb = T.slice(j, j + (relative ? 25 : 7)).findIndex((t) => VERBS.has(t.lower));
        const stop = T.slice(j, j + Math.max(verb, 0)).some((t) =>
          relative ? /^[.;:()]$/.test(t.text) : /^[,.;:()]$/.test(t.text),
        );
        if (verb > 0 && !stop) j += verb;
      }
      if (VERBS.has(T[j]?.lower ?? '')) j++;
      if (T[j]?.text === ':') j++;
      while (T[j] && BULLET.test(T[j]?.text ?? '')) j++;
      const items: Item[] = [];
      let k = j;
      let skips = 0;
      for (;;) {
        const item = itemAt(scan, k, countryFirst);
        // "Ambassadors of the Order of Malta, X; Egypt, Y": an item whose sender is not a
        // country is passed over to the next ";" of a country-first list.
        if (!item && countryFirst && skips < 3) {
          const semi = T.slice(k, k + 20).findIndex((t) => t.text === ';' || t.text === '.');
          if (semi > 0 && T[k + semi]?.text === ';') {
            skips++;
            k += semi + 1;
            if (T[k]?.lower === 'and') k++;
            continue;
          }
        }
        if (!item || item.name.some((t) => scan.claimed.has(t))) break;
        items.push(item);
        k = nextItemStart(scan, item.next);
        if (k < 0) break;
      }
      for (const item of items) {
        let role: RoleDraft | undefined;
        if (head) {
          role = {
            role: singularRole(head),
            holder: item.holder,
            roleClass: head.roleClass,
            diplomatic: head.diplomatic,
            former: false,
            start: T[item.name[0]]?.start ?? 0,
            end: T[item.name[1] - 1]?.end ?? 0,
          };
          if (accreditedTo && accreditedTo !== item.holder) role.accreditedTo = accreditedTo;
        }
        sight(scan, item.name[0], item.name[1], this.id, `listed under "${T[i]?.text}"`, role);
      }
      if (items.length) i = (items.at(-1)?.next ?? i + 1) - 1;
    }
  },
};
