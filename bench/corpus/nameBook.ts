// Invented person names from the name parts in names.json: a country's naming
// culture comes from its subregion or languages; a name is drawn from that
// culture's parts and kept unique within one corpus, so that two officials
// never merge into one person in the graph by accident.
import { z } from 'zod';
import type { Rng } from './createRng';
import rawNames from './names.json';

const culture = z.object({
  order: z.enum(['given-family', 'family-given']),
  male: z.array(z.string().min(1)).optional(),
  female: z.array(z.string().min(1)).optional(),
  givenParts: z
    .object({
      joiner: z.string(),
      first: z.array(z.string().min(1)).min(1),
      male: z.array(z.string().min(1)).min(1),
      female: z.array(z.string().min(1)).min(1),
    })
    .optional(),
  family: z.array(z.string().min(1)).min(1),
  femaleFamily: z.array(z.tuple([z.string(), z.string()])).optional(),
});
export type NameCulture = z.infer<typeof culture>;

const namesFile = z.object({
  cultures: z.record(z.string(), culture),
  bySubregion: z.record(z.string(), z.string()),
  byLanguage: z.array(z.tuple([z.string(), z.string()])),
  fallback: z.string(),
});
export type NamesFile = z.infer<typeof namesFile>;

export interface Person {
  /** Full name as printed: "Lu Mei", "Sergei Volkov". */
  name: string;
  /** The family name, for later mentions: "Lu", "Volkov". */
  short: string;
  female: boolean;
}

export interface NamedPlace {
  subregion: string;
  languages: readonly string[];
}

// Attempts at a fresh two-part name before adding a middle name or initial.
const PLAIN_ATTEMPTS = 8;
const MIDDLE_ATTEMPTS = 8;
const INITIALS = 'ABCDEFGHJKLMNPRSTVW';

export function readNamesFile(): NamesFile {
  const parsed = namesFile.safeParse(rawNames);
  if (!parsed.success) throw new Error(`bench/corpus/names.json: ${parsed.error.message}`);
  for (const [name, c] of Object.entries(parsed.data.cultures)) {
    if (!c.givenParts && !(c.male?.length && c.female?.length)) {
      throw new Error(`bench/corpus/names.json: culture ${name} has no given names`);
    }
  }
  return parsed.data;
}

export class NameBook {
  private readonly taken = new Set<string>();

  constructor(readonly file: NamesFile = readNamesFile()) {}

  get cultureNames(): string[] {
    return Object.keys(this.file.cultures);
  }

  cultureOf(place: NamedPlace): string {
    const bySubregion = this.file.bySubregion[place.subregion];
    if (bySubregion) return bySubregion;
    for (const [language, cultureName] of this.file.byLanguage) {
      if (place.languages.includes(language)) return cultureName;
    }
    return this.file.fallback;
  }

  /** A new person of `cultureName`, unique in this book unless the culture runs out of names. */
  create(rng: Rng, cultureName: string, female: boolean): Person {
    const c = this.file.cultures[cultureName] ?? this.file.cultures[this.file.fallback];
    if (!c) throw new Error(`unknown name culture ${cultureName}`);
    let person = compose(rng, c, female, '');
    for (let i = 1; i < PLAIN_ATTEMPTS && this.taken.has(person.name); i++) {
      person = compose(rng, c, female, '');
    }
    for (let i = 0; i < MIDDLE_ATTEMPTS && this.taken.has(person.name); i++) {
      // Given-first names take a middle name; family-first ones just draw again.
      person = compose(rng, c, female, c.order === 'given-family' ? given(rng, c, female) : '');
    }
    while (this.taken.has(person.name) && c.order === 'given-family') {
      person = compose(rng, c, female, `${rng.pick([...INITIALS])}.`);
    }
    this.taken.add(person.name);
    return person;
  }
}

function given(rng: Rng, c: NameCulture, female: boolean): string {
  if (c.givenParts) {
    const p = c.givenParts;
    return `${rng.pick(p.first)}${p.joiner}${rng.pick(female ? p.female : p.male)}`;
  }
  const list = (female ? c.female : c.male) ?? c.male ?? c.female ?? [];
  return rng.pick(list);
}

function familyName(rng: Rng, c: NameCulture, female: boolean): string {
  const family = rng.pick(c.family);
  if (!female) return family;
  for (const [ending, replacement] of c.femaleFamily ?? []) {
    if (family.endsWith(ending)) return family.slice(0, -ending.length) + replacement;
  }
  return family;
}

function compose(rng: Rng, c: NameCulture, female: boolean, middle: string): Person {
  const first = given(rng, c, female);
  const family = familyName(rng, c, female);
  const givenPart = middle ? `${first} ${middle}` : first;
  const name = c.order === 'family-given' ? `${family} ${givenPart}` : `${givenPart} ${family}`;
  return { name, short: family, female };
}
