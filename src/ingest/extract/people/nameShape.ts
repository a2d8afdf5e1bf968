// What a personal name looks like: capitalised words, with particles
// ("von der") inside, not a known non-name word, not covered by a
// gazetteer mention, not a role word.
import { ruleTable } from '../ruleTable';
import type { Token } from '../tokens';
import { roleLexicon } from './roleLexicon';

interface NamesTable {
  particles: string[];
  surnameFirst: string[];
  notNames: string[];
  alsoGivenNames?: string[];
  honorifics: string[];
  hyphenParticles?: string[];
  innerTitles?: string[];
  givenAfterRole?: string[];
  personalHonorifics?: string[];
}

export interface NameLexicon {
  particles: Set<string>;
  surnameFirst: Set<string>;
  notNames: Set<string>;
  alsoGiven: Set<string>;
  honorifics: Set<string>;
  /** "al-Sisi": a lowercase particle hyphenated to a capitalised word. */
  hyphenParticle: RegExp;
  /** Title words that are part of a name between two name words ("Hassan Sheikh Mohamud"). */
  innerTitles: Set<string>;
  /** Title words that are given names right after another role ("Ambassador to Kuwait Amir Khoury"). */
  givenAfterRole: Set<string>;
  /** "Mr", "Dr": only a name follows them, never a title. */
  personal: Set<string>;
}

let cached: NameLexicon | undefined;

export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const t = ruleTable<NamesTable>('names');
  cached = {
    particles: new Set(t.particles),
    surnameFirst: new Set(t.surnameFirst),
    notNames: new Set(t.notNames.map((w) => w.toLowerCase())),
    alsoGiven: new Set(t.alsoGivenNames ?? []),
    honorifics: new Set(t.honorifics.map((w) => w.toLowerCase())),
    innerTitles: new Set(t.innerTitles ?? []),
    givenAfterRole: new Set(t.givenAfterRole ?? []),
    personal: new Set(t.personalHonorifics ?? []),
    hyphenParticle: new RegExp(`^(?:${(t.hyphenParticles ?? []).join('|')})-\\p{Lu}\\p{Ll}`, 'u'),
  };
  return cached;
}

const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;
const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
const INITIAL = /^\p{Lu}\.$/u;

/** Whether a token can be part of a personal name. `covered` marks gazetteer tokens. */
export function isNameWord(t: Token | undefined, covered: (t: Token) => boolean): boolean {
  if (!t || !t.cap || t.shout || t.punct) return false;
  if (!WORD.test(t.text) && !INITIAL.test(t.text)) return false;
  if (!/\p{Ll}/u.test(t.text) && !INITIAL.test(t.text)) return false;
  const names = nameLexicon();
  if (names.notNames.has(t.lower) || names.honorifics.has(t.lower)) return false;
  if (roleLexicon().roleWords.has(t.lower)) return false;
  return !covered(t);
}

/**
 * The name run starting at token i: name words, with particles inside, up to
 * six words ("Salem Abdullah Al Jaber Al Sabah"). Returns the index after the run, or i when there is none.
 */
export function nameRunEnd(
  text: string,
  tokens: readonly Token[],
  i: number,
  covered: (t: Token) => boolean,
): number {
  const names = nameLexicon();
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 6) {
    const t = tokens[j];
    // "Jan Horak": a month's name starts a name when a name word follows.
    const givenToo =
      j === i &&
      !!t &&
      names.alsoGiven.has(t.text) &&
      // "In May Aliyev visited …": after a preposition it is the month.
      !/\b(?:in|since|until|till|by|from|last|next|early|late|mid|of|on|during|through|this|that)\s*$/i.test(
        text.slice(Math.max(0, t.start - 12), t.start),
      ) &&
      !covered(t) &&
      isNameWord(tokens[j + 1], covered) &&
      !/\n/.test(text.slice(t.end, tokens[j + 1]?.start ?? t.end));
    if (givenToo || isNameWord(t, covered)) {
      // Two words must be adjacent (no line break between them).
      const prev = tokens[j - 1];
      if (j > i && prev && t && /\n/.test(text.slice(prev.end, t.start))) break;
      j++;
      words++;
      continue;
    }
    // "Charles III", "Abdullah II": a regnal number closes the name.
    if (t && words > 0 && REGNAL.test(t.text)) {
      j++;
      break;
    }
    if (t && words > 0 && names.hyphenParticle.test(t.text)) {
      j++;
      words++;
      continue;
    }
    if (t && words > 0 && names.innerTitles.has(t.text) && isNameWord(tokens[j + 1], covered)) {
      j++;
      words++;
      continue;
    }
    if (t && words > 0 && names.particles.has(t.text)) {
      let k = j;
      while (tokens[k] && names.particles.has(tokens[k]?.text ?? '')) k++;
      if (k - j <= 3 && isNameWord(tokens[k], covered)) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}
