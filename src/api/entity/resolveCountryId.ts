// A country as an analyst types it — ISO alpha-3 (CHN), alpha-2 (CN) or a
// name, alias or demonym the gazetteer knows (China, PRC, Chinese), in any
// case — to its entity id (ISO alpha-3). Undefined when unknown or ambiguous.
import world from 'world-countries';
import type { Gazetteer } from '../../ingest/extract/gazetteer';
import { loadGazetteer } from '../../ingest/extract/gazetteer';

export type CountryResolver = (input: string) => string | undefined;

interface CountryCodes {
  cca2: string;
  cca3: string;
}

const fold = (text: string) => text.normalize('NFKC').trim().toLowerCase();

export function createCountryResolver(
  gazetteer: Pick<Gazetteer, 'entries'>,
  countries: readonly CountryCodes[],
): CountryResolver {
  const codes = new Map<string, string>();
  for (const country of countries) {
    codes.set(fold(country.cca3), country.cca3);
    codes.set(fold(country.cca2), country.cca3);
  }
  // A form two countries share ("Congolese") names neither: null marks it.
  const forms = new Map<string, string | null>();
  for (const entry of gazetteer.entries.values()) {
    if (entry.kind !== 'Country') continue;
    codes.set(fold(entry.id), entry.id);
    for (const form of [entry.name, ...entry.aliases].map(fold)) {
      const seen = forms.get(form);
      forms.set(form, seen === undefined || seen === entry.id ? entry.id : null);
    }
  }
  return (input) => {
    const key = fold(input);
    return (key.length <= 3 ? codes.get(key) : undefined) ?? forms.get(key) ?? undefined;
  };
}

let defaultResolver: CountryResolver | undefined;

/** With the project's gazetteer and world-countries (built on first use). */
export function resolveCountryId(input: string): string | undefined {
  defaultResolver ??= createCountryResolver(loadGazetteer(), world);
  return defaultResolver(input);
}
