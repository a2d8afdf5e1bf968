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
      const last = T[r.end - 1];
      if (!last || !/s$/.test(last.lower) || r.head.words.at(-1) === last.lower) continue;
      let k = r.end;
      // "of the two countries" / "of both countries"
      if (T[k]?.lower === 'of') {
        let q = k + 1;
        while (q < k + 4 && T[q] && PAIR_WORDS.has(T[q]?.lower ?? '')) q++;
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
      const holders = countries.length === 2 ? countries : ctx.pair.length === 2 ? ctx.pair : [];
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
