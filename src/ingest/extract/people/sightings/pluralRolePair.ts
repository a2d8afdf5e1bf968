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
  reason: 'A plural role followed by coordinated names gives each name the role.',
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
      // The parse may have taken "of Malaysia" already: ", Kazakhstan and Indonesia" completes the list.
      if (r.holder) {
        const more: string[] = [];
        let q = k;
        for (let steps = 0; steps < 12; steps++) {
          let next = q;
          if (T[next]?.text === ',') next++;
          if (T[next]?.lower === 'and') next++;
          const m = next > q ? ix.mentionOf[next] : undefined;
          if (m?.kind !== 'Country' || m.location) break;
          more.push(m.id);
          q = skipMention(ix, next);
        }
        if (more.length) {
          named.push(r.holder, ...more.filter((c) => c !== r.holder));
          k = q;
        }
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
      // The names: "X and Y", "X, Y and Z", each maybe with its own "of COUNTRY".
      const names: { a: number; end: number; of?: string }[] = [];
      let at = k;
      for (let n = 0; n < 12; n++) {
        const end = nameRunEnd(ctx.text, T, at, ix.covered);
        if (end === at) break;
        const of = holderAfter(ix, end);
        names.push({ a: at, end, ...(of ? { of } : {}) });
        const next = of ? skipMention(ix, end + 1) : end;
        if (T[next]?.lower === 'and') {
          at = next + 1;
          const last = nameRunEnd(ctx.text, T, at, ix.covered);
          if (last === at) break;
          const ofLast = holderAfter(ix, last);
          names.push({ a: at, end: last, ...(ofLast ? { of: ofLast } : {}) });
          break;
        }
        if (T[next]?.text !== ',') break;
        at = next + 1;
        if (T[at]?.lower === 'and') at++;
      }
      // A list ends with "and": "X, Y" alone is an apposition, not a pair.
      if (names.length < 2) continue;
      const lastJoin = T[(names.at(-1)?.a ?? 0) - 1]?.lower;
      if (lastJoin !== 'and') continue;
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
        named.length === names.length
          ? named
          : countries.length === names.length
            ? countries
            : ctx.pair.length === names.length
              ? ctx.pair
              : [];
      const base = draftOf(ix, r);
      base.role = r.role.replace(/s$/, '').replace(/men$/, 'man');
      delete base.holder;
      const ownCountries = names.some((x) => x.of);
      names.forEach((x, j) => {
        // The first person's phrase starts at the plural title ("signed by Energy Ministers X").
        const role: RoleDraft =
          j === 0
            ? { ...base, end: T[x.end - 1]?.end ?? 0 }
            : { ...base, start: T[x.a]?.start ?? 0, end: T[x.end - 1]?.end ?? 0 };
        const holder = x.of ?? (ownCountries ? undefined : holders[j]);
        if (holder) role.holder = holder;
        if (j === 0) for (let q = i; q < r.end; q++) scan.claimed.add(q);
        sight(scan, x.a, x.end, this.id, `person ${j + 1} of those named after "${r.role}"`, role);
      });
      i = r.end - 1;
    }
  },
};
