// Recognises people from context, never from a list of names: a name after a
// role ("Kenyan Ambassador to Ghana, Amina Odhiambo"), a name with a role in
// apposition ("Ana Ruiz, President of …"), a name as the subject of a
// reporting or action verb ("Jon Berg stepped down"), names listed after a
// collective ("officials including Liu Fang and Zhou Lan"), and a plural role
// over a pair ("the Trade Ministers of both countries - X and Y").
import type { Ctx } from '../context';
import { sentenceAt } from '../context';
import { ruleTable } from '../ruleTable';
import { isPossessive } from '../tokens';
import type { Token } from '../tokens';
import { isNameWord, nameLexicon, nameRunEnd } from './nameShape';
import { parseRoleAt } from './roleParse';
import type { ParsedRole } from './roleParse';
import { roleLexicon } from './roleLexicon';
import type { TokenIndex } from './tokenIndex';

export interface RoleDraft {
  role: string;
  holder?: string;
  accreditedTo?: string;
  roleClass: string;
  diplomatic: boolean;
  former: boolean;
  /** "the newly appointed Ambassador": introduced as new in the role. */
  fresh?: boolean;
  /** Span of the role phrase in the text. */
  start: number;
  end: number;
}

export interface Sighting {
  start: number;
  end: number;
  name: string;
  rule: string;
  reason: string;
  role?: RoleDraft;
}

interface VerbTable {
  verbs: string[];
  adverbs: string[];
  meetingCues: string[];
}

/** The meeting cue ("met with", "held talks with") ending right before token `i`, in the same line. */
function meetingCueBefore(
  text: string,
  T: readonly Token[],
  i: number,
  cues: readonly string[][],
): string | undefined {
  for (const cue of cues) {
    const from = i - cue.length;
    if (from < 0) continue;
    if (!cue.every((word, k) => T[from + k]?.lower === word)) continue;
    if (/\n/.test(text.slice(T[from]?.start ?? 0, T[i]?.start ?? 0))) continue;
    return cue.join(' ');
  }
  return undefined;
}

const SENTENCE_ADVERB =
  /^(?:Earlier|Later|Meanwhile|Previously|Recently|Separately|Additionally|Also|Moreover|Furthermore|However|Today|Yesterday|Now|Then|Finally|Initially|Currently|Besides|Thus|Therefore|Instead|Still|Overall)$/;
const OPENERS = new Set([
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

function draft(ix: TokenIndex, r: ParsedRole): RoleDraft {
  const d: RoleDraft = {
    role: r.role,
    roleClass: r.head.roleClass,
    diplomatic: r.head.diplomatic,
    former: r.former,
    start: ix.tokens[r.first]?.start ?? 0,
    end: ix.tokens[r.end - 1]?.end ?? 0,
  };
  if (r.holder) d.holder = r.holder;
  if (r.accreditedTo) d.accreditedTo = r.accreditedTo;
  return d;
}

function nameText(ctx: Ctx, T: readonly Token[], i: number, end: number): string {
  return ctx.text.slice(T[i]?.start ?? 0, T[end - 1]?.end ?? 0);
}

/** Holder named right after a name: "X of Türkiye", "X on the Chilean side". */
function holderAfter(ix: TokenIndex, k: number): string | undefined {
  const T = ix.tokens;
  if (T[k]?.lower === 'of') {
    const m = ix.mentionOf[k + 1];
    if (m?.kind === 'Country' && !isPossessive(T[k + 2])) return m.id;
  }
  if (T[k]?.lower === 'on' && T[k + 1]?.lower === 'the') {
    const m = ix.mentionOf[k + 2];
    let r = k + 2;
    while (ix.mentionOf[r] && ix.mentionOf[r] === m) r++;
    if (m?.kind === 'Country' && T[r]?.lower === 'side') return m.id;
  }
  return undefined;
}

export function findPeople(ctx: Ctx, ix: TokenIndex): Sighting[] {
  const T = ix.tokens;
  const out: Sighting[] = [];
  const names = nameLexicon();
  const roles = roleLexicon();
  const verbs = ruleTable<VerbTable>('personVerbs');
  const verbSet = new Set(verbs.verbs);
  const adverbs = new Set(verbs.adverbs);
  // Longest cues first: "held talks with" before "talks with".
  const meetingCues = verbs.meetingCues
    .map((cue) => cue.split(' '))
    .sort((a, b) => b.length - a.length);
  const claimed = new Set<number>();

  const push = (i: number, end: number, rule: string, reason: string, role?: RoleDraft): void => {
    for (let k = i; k < end; k++) claimed.add(k);
    const s: Sighting = {
      start: T[i]?.start ?? 0,
      end: T[end - 1]?.end ?? 0,
      name: nameText(ctx, T, i, end),
      rule,
      reason,
    };
    if (role) s.role = role;
    out.push(s);
  };

  // 1. Role, then name.
  let skipUntil = -1;
  for (let i = 0; i < T.length; i++) {
    if (i < skipUntil) continue;
    const plural = parseRoleAt(ix, i, true);
    if (plural && plural.end > i && pluralPair(ctx, ix, i, plural, push)) {
      skipUntil = plural.end;
      continue;
    }
    const r = parseRoleAt(ix, i);
    if (!r) continue;
    let k = r.end;
    if (T[k]?.text === ',') k++;
    while (T[k] && names.honorifics.has(T[k]?.lower ?? '')) k++;
    const end = nameRunEnd(ctx.text, T, k, ix.covered);
    if (end === k) continue;
    // A name on another line is another block (a headline, then a section label).
    if (ctx.text.slice(T[r.end - 1]?.end ?? 0, T[k]?.start ?? 0).includes('\n')) continue;
    // A one-word name after a title must not be a common capitalised word.
    if (end - k === 1 && (T[k]?.text.length ?? 0) < 2) continue;
    const d = draft(ix, r);
    d.end = T[end - 1]?.end ?? d.end;
    const after = holderAfter(ix, end);
    if (!d.holder && after) d.holder = after;
    push(k, end, 'person:title', `name after the role "${r.role}"`, d);
    skipUntil = end;
  }

  // 2. Name runs with apposition, verb or list evidence.
  for (let i = 0; i < T.length; i++) {
    if (claimed.has(i) || !isNameWord(T[i], ix.covered)) continue;
    if (
      i > 0 &&
      isNameWord(T[i - 1], ix.covered) &&
      !/\n/.test(ctx.text.slice(T[i - 1]?.end ?? 0, T[i]?.start ?? 0))
    )
      continue;
    const end = nameRunEnd(ctx.text, T, i, ix.covered);
    if (end === i) continue;
    const words = end - i;
    const prev = T[i - 1];
    // Apposition: "X, [the] [former] [Chinese] Role [of Y]".
    if (T[end]?.text === ',') {
      let q = end + 1;
      if (T[q]?.lower === 'the') q++;
      let former = false;
      if (roles.former.has(T[q]?.lower ?? '')) {
        former = true;
        q++;
      }
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
      const titleOfNext = r
        ? isNameWord(T[r.end], ix.covered) ||
          (isNameWord(T[r.end + 1], ix.covered) && T[r.end]?.text === ',')
        : false;
      if (
        r &&
        !titleOfNext &&
        (words >= 2 || OPENERS.has(prev?.lower ?? '') === false) &&
        r.head.roleClass !== 'counterpart' &&
        !SENTENCE_ADVERB.test(T[i]?.text ?? '')
      ) {
        const d = draft(ix, r);
        d.role = [...T.slice(q, h).map((t) => t.text), r.role].join(' ');
        d.role = d.role.charAt(0).toUpperCase() + d.role.slice(1);
        if (!d.holder && holder) d.holder = holder;
        d.former = d.former || former;
        if (fresh) d.fresh = true;
        d.start = T[i]?.start ?? d.start;
        push(i, end, 'person:apposition', `name followed by ", ${r.role}"`, d);
        continue;
      }
    }
    if (words < 2) continue;
    // Subject of a reporting or action verb.
    const atStart =
      !prev ||
      prev.punct ||
      OPENERS.has(prev.lower) ||
      /\n/.test(ctx.text.slice(prev.end, T[i]?.start ?? 0));
    let v = end;
    while (T[v] && adverbs.has(T[v]?.lower ?? '')) v++;
    if (atStart && prev?.lower !== 'the' && T[v] && verbSet.has(T[v]?.lower ?? '')) {
      push(i, end, 'person:subject-verb', `name followed by "${T[v]?.text}"`);
      continue;
    }
    // Object of a meeting: "met X Y", "held talks with X Y".
    const cue = meetingCueBefore(ctx.text, T, i, meetingCues);
    if (cue) {
      push(i, end, 'person:meeting-object', `name after "${cue}"`);
      continue;
    }
    // Honorific before the name.
    if (prev && names.honorifics.has(prev.lower)) {
      push(i, end, 'person:honorific', `name after "${prev.text}"`);
      continue;
    }
    // A list after a collective noun ("officials including X and Y").
    const list = collectiveBefore(ctx, ix, i);
    if (list) {
      push(i, end, 'person:collective-list', `name listed after "${list.noun}"`, list.role);
      continue;
    }
  }
  return out;
}

/** "Senior Kenyan officials including X and Y": the collective and the role it gives. */
function collectiveBefore(
  ctx: Ctx,
  ix: TokenIndex,
  i: number,
): { noun: string; role?: RoleDraft } | undefined {
  const T = ix.tokens;
  const roles = roleLexicon();
  const sentence = sentenceAt(ctx, T[i]?.start ?? 0);
  let k = i - 1;
  // Walk back over earlier list items: names, commas, "and".
  while (k >= 0 && (T[k]?.start ?? 0) >= (sentence?.start ?? 0)) {
    const t = T[k];
    if (!t) break;
    if (
      t.text === ',' ||
      t.lower === 'and' ||
      isNameWord(t, ix.covered) ||
      nameLexicon().particles.has(t.text)
    ) {
      k--;
      continue;
    }
    break;
  }
  let intro = T[k];
  if (intro?.lower === 'including' || intro?.text === ':') k--;
  else if (intro?.lower === 'as' && T[k - 1]?.lower === 'such') k -= 2;
  else return undefined;
  intro = T[k];
  if (!intro || !roles.collectives.has(intro.lower)) return undefined;
  // Country and modifiers before the collective.
  let b = k - 1;
  let holder: string | undefined;
  const mods: string[] = [];
  while (b >= 0 && b >= k - 4) {
    const m = ix.mentionOf[b];
    if (m && m.kind === 'Country') {
      holder ??= m.id;
      b--;
      continue;
    }
    const t = T[b];
    if (t && !t.punct && (roles.modifiers.has(t.lower) || roles.portfolio.has(t.lower))) {
      mods.unshift(t.text);
      b--;
      continue;
    }
    break;
  }
  const singular = intro.text.replace(/ies$/, 'y').replace(/s$/, '');
  if (!holder) return { noun: intro.text };
  const roleText = [...mods, singular].join(' ');
  return {
    noun: intro.text,
    role: {
      role: roleText.charAt(0).toUpperCase() + roleText.slice(1),
      holder,
      roleClass: 'official',
      diplomatic: false,
      former: false,
      start: T[b + 1]?.start ?? 0,
      end: intro.end,
    },
  };
}

/**
 * "the Trade Ministers of both countries - X and Y": each named person
 * takes the role, and the countries in the order the sentence names them.
 */
function pluralPair(
  ctx: Ctx,
  ix: TokenIndex,
  i: number,
  r: ParsedRole,
  push: (i: number, end: number, rule: string, reason: string, role?: RoleDraft) => void,
): boolean {
  const T = ix.tokens;
  const last = T[r.end - 1];
  if (!last || !/s$/.test(last.lower) || r.head.words.at(-1) === last.lower) return false;
  let k = r.end;
  // "of the two countries" / "of both countries"
  if (T[k]?.lower === 'of') {
    let q = k + 1;
    while (
      q < k + 4 &&
      T[q] &&
      ['the', 'two', 'both', 'countries', 'states', 'nations', 'sides'].includes(T[q]?.lower ?? '')
    )
      q++;
    k = q;
  }
  while (T[k] && /^[-–—:,(]$/.test(T[k]?.text ?? '')) k++;
  const a = k;
  const aEnd = nameRunEnd(ctx.text, T, a, ix.covered);
  // "X of Kenya and Y of Tanzania": each name carries its own country.
  const ofA = aEnd > a ? holderAfter(ix, aEnd) : undefined;
  const andAt = ofA ? skipMention(ix, aEnd + 1) : aEnd;
  if (aEnd === a || T[andAt]?.lower !== 'and') return false;
  const b = andAt + 1;
  const bEnd = nameRunEnd(ctx.text, T, b, ix.covered);
  if (bEnd === b) return false;
  const ofB = holderAfter(ix, bEnd);
  const sentence = sentenceAt(ctx, T[i]?.start ?? 0);
  const countries: string[] = [];
  if (sentence) {
    for (const m of ctx.mentions) {
      if (m.start < sentence.start || m.end > sentence.end || m.kind !== 'Country' || m.location)
        continue;
      if (!countries.includes(m.id)) countries.push(m.id);
    }
  }
  const holders = countries.length === 2 ? countries : ctx.pair.length === 2 ? ctx.pair : [];
  const base = draft(ix, r);
  base.role = r.role.replace(/s$/, '').replace(/men$/, 'man');
  // The first person's phrase starts at the plural title ("signed by Energy Ministers X").
  const roleA: RoleDraft = { ...base, end: T[aEnd - 1]?.end ?? 0 };
  const roleB: RoleDraft = { ...base, start: T[b]?.start ?? 0, end: T[bEnd - 1]?.end ?? 0 };
  delete roleA.holder;
  delete roleB.holder;
  const holderA = ofA ?? (ofB ? undefined : holders[0]);
  const holderB = ofB ?? (ofA ? undefined : holders[1]);
  if (holderA) roleA.holder = holderA;
  if (holderB) roleB.holder = holderB;
  push(a, aEnd, 'person:plural-role-pair', `first of the pair named after "${r.role}"`, roleA);
  push(b, bEnd, 'person:plural-role-pair', `second of the pair named after "${r.role}"`, roleB);
  return true;
}

/** Index after the mention starting at token k (a multi-token country name). */
function skipMention(ix: TokenIndex, k: number): number {
  const m = ix.mentionOf[k];
  let j = k;
  while (m && ix.mentionOf[j] === m) j++;
  return j === k ? k + 1 : j;
}
