// The known-people gazetteer (data/gazetteers/people.json: office holders
// since 2000 with Wikidata ids) as lookup tables. It helps recognise and
// identify a person; it never states a role: positions here only choose
// between namesakes (a term that covers the article's date, in a country
// the article names), never become facts.
import { z } from 'zod';
import { dataPath, readDataFile } from '../../dataFile';
import { asciiFold } from '../slug';

const position = z.object({
  role: z.string().min(1),
  of: z.string().min(2),
  start: z.string().nullable(),
  end: z.string().nullable(),
});

const person = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  wikidata: z
    .string()
    .regex(/^Q\d+$/)
    .optional(),
  aliases: z.array(z.string()),
  positions: z.array(position),
  source: z.string(),
  licence: z.string(),
});

const peopleFile = z.object({
  source: z.string(),
  licence: z.string(),
  ambiguousAliases: z.array(z.object({ alias: z.string(), ids: z.array(z.string()) })),
  people: z.array(person),
});

export type KnownPerson = z.infer<typeof person>;

export interface KnownPeople {
  /** Folded full names and aliases of two words or more → the people bearing them. */
  byName: Map<string, KnownPerson[]>;
  /** Folded last word of each name → the people bearing it. */
  bySurname: Map<string, KnownPerson[]>;
  /** Longest name in words, to bound the lookup. */
  maxWords: number;
}

/** Lowercase, diacritics stripped, one space between words: the lookup key of a name. */
export const nameKey = (s: string): string =>
  asciiFold(s).toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

let cached: KnownPeople | undefined;

export function knownPeople(): KnownPeople {
  if (cached) return cached;
  const file = readDataFile(dataPath('gazetteers/people.json'), peopleFile);
  const byName = new Map<string, KnownPerson[]>();
  const bySurname = new Map<string, KnownPerson[]>();
  let maxWords = 1;
  for (const p of file.people) {
    for (const form of [p.name, ...p.aliases]) {
      const key = nameKey(form);
      const words = key.split(' ');
      if (words.length < 2) continue;
      push(byName, key, p);
      maxWords = Math.max(maxWords, words.length);
      const last = words.at(-1) ?? '';
      // "Jr." and regnal numbers are not surnames.
      if (last.length >= 3 && !/^(?:jr\.?|sr\.?|[ivx]+)$/.test(last)) push(bySurname, last, p);
    }
  }
  cached = { byName, bySurname, maxWords };
  return cached;
}

/** Whether one of a person's terms covers the day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function inOfficeOn(p: KnownPerson, day: string, places: ReadonlySet<string>): boolean {
  return p.positions.some(
    (pos) =>
      places.has(pos.of) &&
      (pos.start === null || pos.start.slice(0, day.length) <= day) &&
      (pos.end === null || pos.end.slice(0, day.length) >= day),
  );
}
