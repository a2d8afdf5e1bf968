// Parses a role phrase around a role head: modifiers and the holder before it
// ("Kenyan Foreign Ministry Spokeswoman", "Azerbaijan's President"), and
// complements after it ("of Kazakhstan", "of Foreign Affairs and Cooperation",
// "to Azerbaijan").
import { isPossessive } from '../tokens';
import type { Token } from '../tokens';
import type { RoleHead } from './roleLexicon';
import { headAt, roleLexicon } from './roleLexicon';
import type { TokenIndex } from './tokenIndex';

export interface ParsedRole {
  head: RoleHead;
  /** Token range of the whole role phrase, holder included. */
  first: number;
  end: number;
  role: string;
  holder?: string;
  accreditedTo?: string;
  former: boolean;
}

const isAnd = (t: Token | undefined): boolean => !!t && (t.lower === 'and' || t.text === '&');

function isPortfolio(t: Token | undefined, allowLower: boolean): boolean {
  if (!t || t.punct) return false;
  if (!t.cap && !allowLower) return false;
  return roleLexicon().portfolio.has(t.lower);
}

function isModifier(t: Token | undefined, allowLower: boolean): boolean {
  if (!t || t.punct) return false;
  if (!t.cap && !allowLower) return false;
  const lex = roleLexicon();
  return lex.modifiers.has(t.lower) || lex.portfolio.has(t.lower);
}

/** Portfolio words from token k on ("Foreign Affairs and Cooperation"). */
function portfolioRun(ix: TokenIndex, k: number): { words: string[]; end: number } {
  const T = ix.tokens;
  const words: string[] = [];
  let j = k;
  while (j < T.length) {
    const t = T[j];
    if (isPortfolio(t, false) && !ix.mentionOf[j]) {
      words.push(t?.text ?? '');
      j++;
      continue;
    }
    if (isAnd(t) && words.length && isPortfolio(T[j + 1], false) && !ix.mentionOf[j + 1]) {
      words.push(t?.text ?? '');
      j++;
      continue;
    }
    break;
  }
  return { words, end: j };
}

/** End of the mention covering token k (index after it). */
function mentionEnd(ix: TokenIndex, k: number): number {
  const m = ix.mentionOf[k];
  let r = k;
  while (r < ix.tokens.length && ix.mentionOf[r] === m) r++;
  return r;
}

const HOLDER_KINDS = new Set(['Country', 'Organization']);
const INSTITUTION_JOINS = new Set(['for', 'and', 'on', 'of', 'with']);

/**
 * Capitalised words naming an institution ("Parliament", "State Committee for
 * Work with Diaspora"), with "for/and/on/of/with" inside. It holds an
 * institution noun (data/rules/roles.json institutionNouns); a capitalised word
 * right after that noun starts something else (a name), and "of" + a country
 * or organisation is left for the caller as the institution's owner.
 */
function institutionRun(ix: TokenIndex, q: number): { words: string[]; end: number } | undefined {
  const T = ix.tokens;
  const nouns = roleLexicon().institutionNouns;
  const words: string[] = [];
  let k = q;
  let nounEnd = -1;
  while (k < T.length && words.length < 10) {
    const t = T[k];
    if (!t || ix.mentionOf[k]) break;
    // "People's Council": a possessive inside the name.
    if (words.length && isPossessive(t) && T[k + 1]?.cap) {
      words[words.length - 1] += t.text;
      k++;
      continue;
    }
    if (t.cap && !t.punct && /\p{Ll}/u.test(t.text)) {
      if (nounEnd === k) break;
      words.push(t.text);
      k++;
      if (nouns.has(t.lower)) nounEnd = k;
      continue;
    }
    const next = T[k + 1];
    const nextAt = next?.lower === 'the' ? k + 2 : k + 1;
    if (words.length && INSTITUTION_JOINS.has(t.lower) && T[nextAt]?.cap && !ix.mentionOf[nextAt]) {
      words.push(t.text);
      k++;
      continue;
    }
    break;
  }
  if (nounEnd < 0) return undefined;
  return { words, end: k };
}

/** The role phrase whose head starts at token i, or undefined. */
export function parseRoleAt(ix: TokenIndex, i: number, plural = false): ParsedRole | undefined {
  const T = ix.tokens;
  if (ix.mentionOf[i]) return undefined;
  const found = headAt(T, i, plural);
  if (!found) return undefined;
  const { head } = found;
  const lowerHead = !T[i]?.cap;
  let k = found.end;
  let holder: string | undefined;
  let accreditedTo: string | undefined;
  const compl: string[] = [];
  for (;;) {
    const t = T[k];
    if (!t) break;
    // "his counterpart from Ghana, Kofi Mensah".
    if (t.lower === 'from' && head.roleClass === 'counterpart' && !holder) {
      const q = T[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const m = ix.mentionOf[q];
      if (m?.kind === 'Country') {
        holder = m.id;
        k = mentionEnd(ix, q);
        continue;
      }
    }
    if (t.lower === 'of') {
      let q = k + 1;
      const hasThe = T[q]?.lower === 'the';
      if (hasThe) q++;
      const m = ix.mentionOf[q];
      if (m && HOLDER_KINDS.has(m.kind)) {
        let r = mentionEnd(ix, q);
        holder ??= m.id;
        if (isPossessive(T[r])) {
          r++;
          const p = portfolioRun(ix, r);
          // "chairman of Azerbaijan's State Committee for Religious Affairs".
          const inst = institutionRun(ix, r);
          if (inst) compl.push('of', 'the', ...inst.words);
          else if (p.words.length) compl.push('of', ...p.words);
          r = inst ? inst.end : p.end;
        } else if (m.kind === 'Organization') {
          compl.push('of', hasThe ? 'the' : '', m.text);
        }
        k = r;
        continue;
      }
      const p = portfolioRun(ix, q);
      // "Speaker of the Parliament of Azerbaijan", "of the State Committee … of X": an
      // institution, then its owner (before a portfolio, which it may start with).
      const inst = institutionRun(ix, q);
      const ofAt = inst && T[inst.end]?.lower === 'of' ? inst.end + 1 : -1;
      const owner = ofAt > 0 ? ix.mentionOf[T[ofAt]?.lower === 'the' ? ofAt + 1 : ofAt] : undefined;
      if (inst && owner && HOLDER_KINDS.has(owner.kind)) {
        compl.push('of', ...(hasThe ? ['the'] : []), ...inst.words);
        k = inst.end;
        continue;
      }
      if (p.words.length) {
        compl.push('of', ...(hasThe ? ['the'] : []), ...p.words);
        k = p.end;
        continue;
      }
      break;
    }
    // "Minister of Foreign Affairs, Trade and Fisheries": a portfolio list with commas.
    if (
      t.text === ',' &&
      (compl.length || head.words.includes('of')) &&
      isPortfolio(T[k + 1], false)
    ) {
      const p = portfolioRun(ix, k + 1);
      const after = T[p.end];
      const listGoesOn =
        p.words.some((w) => w.toLowerCase() === 'and') ||
        (!!after && (isAnd(after) || after.text === ',') && isPortfolio(T[p.end + 1], false));
      if (listGoesOn) {
        compl.push(',', ...p.words);
        k = p.end;
        continue;
      }
    }
    if (isAnd(t) && (compl.length || head.words.includes('of')) && isPortfolio(T[k + 1], false)) {
      const p = portfolioRun(ix, k + 1);
      compl.push(t.text, ...p.words);
      k = p.end;
      continue;
    }
    if (t.lower === 'to' && (head.accredited || head.roleClass === 'counterpart')) {
      // "to the UAE", "to the Philippines": the article is not part of the name.
      const at = T[k + 1]?.lower === 'the' ? k + 2 : k + 1;
      const m = ix.mentionOf[at];
      if (m && m.kind === 'Country') {
        accreditedTo = m.id;
        k = mentionEnd(ix, at);
        continue;
      }
    }
    break;
  }
  // Backwards: modifiers and portfolio words, then the holder.
  let b = i - 1;
  const mods: string[] = [];
  while (b >= 0) {
    const t = T[b];
    if (ix.mentionOf[b]) break;
    if (isModifier(t, lowerHead)) {
      mods.unshift(t?.text ?? '');
      b--;
      continue;
    }
    if (isAnd(t) && mods.length && isModifier(T[b - 1], lowerHead) && !ix.mentionOf[b - 1]) {
      mods.unshift(t?.text ?? '');
      b--;
      continue;
    }
    break;
  }
  let first = b + 1;
  let pre = b;
  if (isPossessive(T[pre])) pre--;
  const m = pre >= 0 ? ix.mentionOf[pre] : undefined;
  const holderBefore = !!m && HOLDER_KINDS.has(m.kind) && !m.location;
  if (head.needsHolderBefore && !holderBefore) return undefined;
  if (m && HOLDER_KINDS.has(m.kind) && !m.location) {
    holder ??= m.id;
    let r = pre;
    while (r >= 0 && ix.mentionOf[r] === m) r--;
    first = r + 1;
    pre = r;
  }
  const before = T[pre];
  const former = !!before && roleLexicon().former.has(before.lower.replace(/-$/, ''));
  const words = [...mods, ...T.slice(i, found.end).map((t) => t.text), ...compl].filter(Boolean);
  let role = words.join(' ').replace(/ ,/g, ',');
  role = role.charAt(0).toUpperCase() + role.slice(1);
  const parsed: ParsedRole = { head, first, end: k, role, former };
  if (holder) parsed.holder = holder;
  if (accreditedTo) parsed.accreditedTo = accreditedTo;
  return parsed;
}
