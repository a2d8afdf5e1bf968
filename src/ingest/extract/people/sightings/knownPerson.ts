// "Modi and Albanese agreed …": a name the known-people gazetteer holds, where
// no title, verb or list says it is a person. A full name (two words or more)
// is enough; a lone surname only when exactly one known person bears it and
// was in office, on the article's date, in a country the article names.
import { inOfficeOn, knownPeople, nameKey } from '../knownPeople';
import type { KnownPerson } from '../knownPeople';
import { freeRuns } from './nameRuns';
import type { PersonScan, SightingRule } from './sighting';
import { nameText, sight } from './sighting';

/** The single person among namesakes in office on the day in one of the places. */
function inOffice(
  candidates: readonly KnownPerson[],
  day: string,
  places: ReadonlySet<string>,
): KnownPerson | undefined {
  const fits = candidates.filter((p) => inOfficeOn(p, day, places));
  return fits.length === 1 ? fits[0] : undefined;
}

export const knownPerson: SightingRule = {
  id: 'person:known',
  reason:
    'A full name in the known-people gazetteer, or a lone surname of the one known office holder in a country the article names.',
  find(scan: PersonScan): void {
    const { ctx, ix } = scan;
    const T = ix.tokens;
    const known = knownPeople();
    const places = new Set(ctx.mentions.map((m) => m.id));
    const sightedWords = new Set(scan.out.flatMap((s) => nameKey(s.name).split(' ')));
    for (const { i, end } of freeRuns(scan, 1)) {
      // Longest known full name inside the run, from its first word.
      let matched = false;
      for (let e = Math.min(end, i + known.maxWords); e >= i + 2 && !matched; e--) {
        const candidates = known.byName.get(nameKey(nameText(ctx, T, i, e)));
        if (!candidates) continue;
        const p =
          candidates.length === 1 ? candidates[0] : inOffice(candidates, ctx.pubDay, places);
        sight(scan, i, e, this.id, `known person ${p?.wikidata ?? ''}`.trim(), undefined, p);
        matched = true;
      }
      if (matched || end - i !== 1) continue;
      const word = nameKey(T[i]?.text ?? '');
      // A surname of someone the text names in full is theirs ("President Ferdinand Marcos Jr." … "Marcos").
      if (sightedWords.has(word)) continue;
      const surname = known.bySurname.get(word);
      const p = surname && inOffice(surname, ctx.pubDay, places);
      if (p)
        sight(scan, i, end, this.id, `surname of ${p.name} (${p.wikidata ?? p.id})`, undefined, p);
    }
  },
};
