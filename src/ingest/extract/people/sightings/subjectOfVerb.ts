// "Jon Berg stepped down": a two-to-five-word name at the start of a clause,
// right before a reporting or action verb (data/rules/personVerbs.json).
import { ruleTable } from '../../ruleTable';
import { OPENERS } from './apposition';
import { freeRuns } from './nameRuns';
import type { PersonScan, SightingRule } from './sighting';
import { lineBetween, sight } from './sighting';

interface VerbTable {
  verbs: string[];
  adverbs: string[];
}

export const subjectOfVerb: SightingRule = {
  id: 'person:subject-verb',
  reason:
    'A name of two or more words opening a clause, followed by a person verb ("said", "arrived").',
  find(scan: PersonScan): void {
    const { ctx, ix } = scan;
    const T = ix.tokens;
    const t = ruleTable<VerbTable>('personVerbs');
    const verbs = new Set(t.verbs);
    const adverbs = new Set(t.adverbs);
    for (const { i, end } of freeRuns(scan, 2)) {
      const prev = T[i - 1];
      const atStart =
        !prev || prev.punct || OPENERS.has(prev.lower) || lineBetween(ctx, prev, T[i]);
      let v = end;
      while (T[v] && adverbs.has(T[v]?.lower ?? '')) v++;
      if (atStart && prev?.lower !== 'the' && T[v] && verbs.has(T[v]?.lower ?? ''))
        sight(scan, i, end, this.id, `name followed by "${T[v]?.text}"`);
    }
  },
};
