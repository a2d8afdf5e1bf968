// "Kenyan Ambassador to Ghana, Amina Odhiambo", "President of Iran X": a name
// right after a role phrase on the same line takes that role.
import { nameLexicon, nameRunEnd } from '../nameShape';
import { parseRoleAt } from '../roleParse';
import { everydayWord } from './nameRuns';
import type { PersonScan, SightingRule } from './sighting';
import { draftOf, holderAfter, lineBetween, sight } from './sighting';

const OPENING_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\s+(?:the\s+|his\s+|her\s+)?$/u;

export const titleBeforeName: SightingRule = {
  id: 'person:title',
  reason:
    'A name right after a role phrase ("Foreign Minister X", "President of Y X") holds that role.',
  find(scan: PersonScan): void {
    const { ctx, ix } = scan;
    const T = ix.tokens;
    const names = nameLexicon();
    for (let i = 0; i < T.length; i++) {
      if (scan.claimed.has(i)) continue;
      // "Dr Amir Hassan Khalil": after "Mr" or "Dr" the title word is a given name.
      if (names.personal.has(T[i - 1]?.text ?? '') && names.givenAfterRole.has(T[i]?.text ?? ''))
        continue;
      const r = parseRoleAt(ix, i);
      if (!r) continue;
      let k = r.end;
      // "Secretary General of the Shanghai Cooperation Organization (SCO) Zhang Ming".
      if (T[k]?.text === '(' && T[k + 2]?.text === ')') k += 3;
      // "Greeting the Chilean Foreign Minister, Mora said …": after a participle that opens
      // the sentence, the name after the comma is the subject, not the title's holder.
      if (T[k]?.text === ',') {
        const lead = ctx.text.slice(
          ctx.text.lastIndexOf('\n', T[r.first]?.start ?? 0) + 1,
          T[r.first]?.start ?? 0,
        );
        if (OPENING_PARTICIPLE.test(lead.split(/[.!?]\s+/).at(-1) ?? '')) continue;
        k++;
      }
      while (T[k] && names.honorifics.has(T[k]?.lower ?? '')) k++;
      // "Ambassador to Kuwait Amir Khoury": after a role, a royal title word is a given name.
      const given = names.givenAfterRole.has(T[k]?.text ?? '') ? 1 : 0;
      const runEnd = nameRunEnd(ctx.text, T, k + given, ix.covered);
      const end = given && runEnd === k + given ? k : runEnd;
      if (end === k) continue;
      // A name on another line is another block (a headline, then a section label).
      if (lineBetween(ctx, T[r.end - 1], T[k])) continue;
      // A one-word name after a title must not be a common capitalised word.
      if (end - k === 1 && (T[k]?.text.length ?? 0) < 2) continue;
      // "Qatari Emir Visits Moscow": an everyday word in a headline is no name.
      if (end - k === 1 && everydayWord(ctx, T, T[k])) continue;
      // "chairman of the State Committee for …": a word of an institution's name, not a person.
      if (end - k === 1 && ctx.lexicon.isStopName(T[k]?.text ?? '')) continue;
      const d = draftOf(ix, r);
      d.end = T[end - 1]?.end ?? d.end;
      const after = holderAfter(ix, end);
      if (!d.holder && after) d.holder = after;
      sight(scan, k, end, this.id, `name after the role "${r.role}"`, d);
      i = end - 1;
    }
  },
};
