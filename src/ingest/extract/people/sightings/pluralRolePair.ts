// "the Trade Ministers of both countries - X and Y", "Energy Ministers X of
// Ghana and Y of Togo": each named person takes the role, and the countries in
// the order the sentence names them.
import { sentenceAt } from '../../context';
import { nameRunEnd } from '../nameShape';
import { parseRoleAt } from '../roleParse';
import type { PersonScan, RoleDraft, SightingRule } from './sighting';
import { draftOf, holderAfter, sight, skipMention } from './sighting';

const PAIR_WORDS = new Set(['the', 'two', 'both', 'countries', 'states', 'nations', 'sides']);

export const pluralRolePair: SightingRule = {
  id: 'person:plural-role-pair',
  reason: 'A plural role followed by two coordinated names gives each name the role.',
  find(scan: PersonScan): void {
    const { ctx, ix } = scan;
    const T = ix.tokens;
    for (let i = 0; i < T.length; i++) {
      const r = parseRoleAt(ix, i, true);
      if (!r || r.end <= i) continue;
      // The head must be plural ("ministers"), wherever the phrase ends ("… of Malaysia").
      const headWord = r.head.words.at(-1) ?? '';
      const plural = T.slice(i, r.end).some(
        (t) =>
          t.lower === `${headWord}s` ||
          (headWord.endsWith('man') && t.lower === `${headWord.slice(0, -3)}men`),
      );
      if (!plural) continue;
      let k = r.end;
      // "of the two countries" / "of both countries"
      // "of Malaysia and Indonesia": the countries, in the order the names follow.
      const named: string[] = [];
      // The parse may have taken "of Malaysia" already: "… and Indonesia" completes the pair.
      const second = ix.mentionOf[k + 1];
      if (r.holder && T[k]?.lower === 'and' && second?.kind === 'Country' && !second.location) {
        named.push(r.holder, second.id);
        k = skipMention(ix, k + 1);
      }
      if (T[k]?.lower === 'of') {
        let q = k + 1;
        for (let steps = 0; steps < 8 && T[q]; steps++) {
          const m = ix.mentionOf[q];
          if (m?.kind === 'Country' && !m.location) {
            if (!named.includes(m.id)) named.push(m.id);
            q = skipMention(ix, q);
          } else if (PAIR_WORDS.has(T[q]?.lower ?? '') || T[q]?.lower === 'and') q++;
          else break;
        }
        k = q;
      }
      while (T[k] && /^[-–—:,(]$/.test(T[k]?.text ?? '')) k++;
      const a = k;
      const aEnd = nameRunEnd(ctx.text, T, a, ix.covered);
      // "X of Kenya and Y of Tanzania": each name carries its own country.
      const ofA = aEnd > a ? holderAfter(ix, aEnd) : undefined;
      const andAt = ofA ? skipMention(ix, aEnd + 1) : aEnd;
      if (aEnd === a || T[andAt]?.lower !== 'and') continue;
      const b = andAt + 1;
      const bEnd = nameRunEnd(ctx.text, T, b, ix.covered);
      if (bEnd === b) continue;
      const ofB = holderAfter(ix, bEnd);
      const sentence = sentenceAt(ctx, T[i]?.start ?? 0);
      const countries: string[] = [];
      if (sentence) {
        for (const m of ctx.mentions) {
          if (
            m.start < sentence.start ||
            m.end > sentence.end ||
            m.kind !== 'Country' ||
            m.location
          )
            continue;
          if (!countries.includes(m.id)) countries.push(m.id);
        }
      }
      const holders =
        named.length === 2
          ? named
          : countries.length === 2
            ? countries
            : ctx.pair.length === 2
              ? ctx.pair
              : [];
      const base = draftOf(ix, r);
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
      // The plural title is not a singular title of the first name.
      for (let q = i; q < r.end; q++) scan.claimed.add(q);
      sight(scan, a, aEnd, this.id, `first of the pair named after "${r.role}"`, roleA);
      sight(scan, b, bEnd, this.id, `second of the pair named after "${r.role}"`, roleB);
      i = r.end - 1;
    }
  },
};
