// The cast of the synthetic news: countries, organisations, initiatives,
// topics and news agencies, all taken from the project's gazetteer (so every
// name the generator prints is one the extractor can know) and completed with
// world-countries data (capitals, demonyms, borders, languages). Which
// countries are in the news most and who belongs to which organisation is
// drawn from the seed: invented, but the same for every article of a corpus.
import world from 'world-countries';
import { z } from 'zod';
import type { Gazetteer, GazetteerEntry } from '../../src/ingest/extract/gazetteer';
import { loadGazetteer } from '../../src/ingest/extract/gazetteer';
import { createRng } from './createRng';
import type { Rng } from './createRng';
import { NameBook } from './nameBook';
import rawScopes from './orgScopes.json';

export interface Country {
  id: string;
  /** Canonical name, without an article: "United States". */
  name: string;
  /** Needs "the" in running text: "the United States", "the Philippines". */
  definite: boolean;
  /** A demonym the gazetteer resolves to this country ("Azerbaijani"), else null. */
  demonym: string | null;
  /** Where the government sits, as a place name ("Baku"). */
  capital: string | null;
  /** The capital when the gazetteer reads it as the country ("talks between Baku and Beijing"). */
  metonym: string | null;
  culture: string;
  /** Minutes east of UTC, from the country's longitude; sets the header's local time. */
  utcOffset: number;
  neighbours: string[];
}

export interface Organization {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  founded: number;
  /** Its leaders meet at summits (a summit scene may report one). */
  summit: boolean;
  /** Country id → year it joined. */
  members: Map<string, number>;
  /** Country id → year it became an observer (never also a member). */
  observers: Map<string, number>;
}

export interface Topic {
  id: string;
  name: string;
  /** Phrases that read well after "cooperation in". */
  areas: string[];
}

export interface Initiative {
  id: string;
  name: string;
  type: string;
}

export interface Agency {
  id: string;
  /** How the article names it, and the JSON `source` field: "Report", "TASS", "Xinhua". */
  label: string;
  country: string;
  /** "As Report informs" is a cue phrase the gazetteer knows for this agency. */
  informs: boolean;
}

export interface World {
  gazetteer: Gazetteer;
  names: NameBook;
  countries: Country[];
  country(id: string): Country;
  organizations: Organization[];
  /** The United Nations: every country is a member. */
  un: Organization;
  topics: Topic[];
  initiatives: Initiative[];
  agencies: Agency[];
  /** Capitalised title forms by title id (titles.json): 'foreign-minister' → Foreign Minister, … */
  titleForms(id: string): string[];
  /** How much a country is in the news, 1 for the most prominent, down to about 0.02. */
  prominence(id: string): number;
  /** A country, weighted so that some are in the news far more often than others. */
  pickCountry(rng: Rng): Country;
  /** A partner for `a`: sometimes a neighbour, else any other weighted country. */
  pickPartner(rng: Rng, a: Country): Country;
}

// Zipf-like prominence: the k-th country in the (seeded) ranking weighs 1/k^s.
const PROMINENCE_EXPONENT = 0.9;
const NEIGHBOUR_PARTNER_SHARE = 0.25;
// Title forms tied to one country's system ("Foreign Secretary") or wrong for a serving official.
const UNUSED_TITLE =
  /^(?:Foreign|Defence|Commerce) Secretary$|^Secretary of|Representative|designate|^First /;
// Names read with "the" though they start with no such word.
const DEFINITE_NAME =
  /^(?:United|Republic|Democratic|Central African|Dominican|Holy|Czech Republic)\b|(?:Islands|Emirates)$|^(?:Philippines|Netherlands|Bahamas|Gambia|Comoros|Maldives)$/;
// Topic triggers that are adjectives or read badly after "cooperation in".
const BAD_AREA_END =
  /(?:ties|relations|turnover|flows?|climate|projects|potential|contacts|cooperation|corridor|ic|al|ive)$/;
const BAD_AREA_START = /^\S*(?:ic|al)\s/;
const AGENCY_SUFFIX = /\s+(?:News|Information|Press)?\s*Agency$/;

export function buildWorld(seed: number, gazetteer: Gazetteer = loadGazetteer()): World {
  const rng = createRng(seed, 'world');
  const names = new NameBook();
  const entries = [...gazetteer.entries.values()];
  const countries = buildCountries(entries, gazetteer, names);
  const byId = new Map(countries.map((c) => [c.id, c]));
  const country = (id: string): Country => {
    const c = byId.get(id);
    if (!c) throw new Error(`unknown country ${id}`);
    return c;
  };

  const ranked = rng.shuffle(countries);
  const cumulative: number[] = [];
  const weights = new Map<string, number>();
  let total = 0;
  ranked.forEach((c, k) => {
    const weight = 1 / Math.pow(k + 1, PROMINENCE_EXPONENT);
    weights.set(c.id, weight);
    total += weight;
    cumulative.push(total);
  });
  const pickCountry = (r: Rng): Country => {
    const x = r.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    const picked = ranked[lo] ?? ranked[0];
    if (!picked) throw new Error('the world has no countries');
    return picked;
  };
  const pickPartner = (r: Rng, a: Country): Country => {
    if (a.neighbours.length > 0 && r.chance(NEIGHBOUR_PARTNER_SHARE)) {
      return country(r.pick(a.neighbours));
    }
    for (;;) {
      const b = pickCountry(r);
      if (b.id !== a.id) return b;
    }
  };

  const organizations = buildOrganizations(entries, countries, rng);
  const un = organizations.find((o) => o.id === 'UN');
  if (!un) throw new Error('the gazetteer has no UN entry');
  const titles = new Map(gazetteer.titles.map((t) => [t.id, t.forms]));

  return {
    gazetteer,
    names,
    countries,
    country,
    organizations,
    un,
    topics: buildTopics(entries),
    initiatives: entries
      .filter((e) => e.kind === 'Initiative')
      .map((e) => ({ id: e.id, name: e.name, type: e.type ?? 'initiative' })),
    agencies: buildAgencies(entries, gazetteer, byId),
    titleForms: (id) =>
      (titles.get(id) ?? []).filter((f) => /^\p{Lu}\p{Ll}/u.test(f) && !UNUSED_TITLE.test(f)),
    prominence: (id) => weights.get(id) ?? 0,
    pickCountry,
    pickPartner,
  };
}

function buildCountries(
  entries: GazetteerEntry[],
  gazetteer: Gazetteer,
  names: NameBook,
): Country[] {
  const info = new Map(world.map((c) => [c.cca3, c]));
  const out: Country[] = [];
  for (const e of entries) {
    const w = info.get(e.id);
    if (e.kind !== 'Country' || !w || !(w.unMember || w.independent)) continue;
    const aliases = new Set(e.aliases);
    const demonym = w.demonyms?.eng?.m;
    const capital = w.capital?.[0] ?? null;
    // A capital the gazetteer does not resolve (blocked: Santiago, Sofia) is only a place.
    const metonym =
      capital && aliases.has(capital) && singleHit(gazetteer, capital, e.id) ? capital : null;
    out.push({
      id: e.id,
      name: e.name,
      definite: DEFINITE_NAME.test(e.name),
      demonym: demonym && aliases.has(demonym) ? demonym : null,
      capital,
      metonym,
      culture: names.cultureOf({ subregion: w.subregion, languages: Object.keys(w.languages) }),
      utcOffset: Math.max(-11, Math.min(12, Math.round((w.latlng[1] ?? 0) / 15))) * 60,
      neighbours: w.borders.filter((b) => info.get(b)?.unMember || info.get(b)?.independent),
    });
  }
  out.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const ids = new Set(out.map((c) => c.id));
  for (const c of out) c.neighbours = c.neighbours.filter((n) => ids.has(n));
  return out;
}

function singleHit(gazetteer: Gazetteer, text: string, id: string): boolean {
  const hits = gazetteer.find(text);
  return hits.length === 1 && hits[0]?.id === id && hits[0].text === text;
}

function buildOrganizations(
  entries: GazetteerEntry[],
  countries: Country[],
  rng: Rng,
): Organization[] {
  const scopes = readScopes();
  const info = new Map(world.map((c) => [c.cca3, c]));
  const out: Organization[] = [];
  for (const e of entries) {
    const scope = scopes[e.id];
    if (e.kind !== 'Organization' || !scope) continue;
    const inScope = (c: Country): boolean => {
      const w = info.get(c.id);
      if (!w) return false;
      return (
        scope.within.some((r) => r === 'world' || r === w.region || r === w.subregion) ||
        (scope.languages ?? []).some((l) => l in w.languages)
      );
    };
    const candidates = countries.filter(inScope);
    const acronym = /^[A-Z]/.test(e.id) ? e.id : null;
    const org: Organization = {
      id: e.id,
      name: e.name,
      acronym: acronym === e.name ? null : acronym,
      type: e.type ?? 'intergovernmental',
      founded: scope.founded,
      summit: scope.summit,
      members: new Map(),
      observers: new Map(),
    };
    const chosen = rng.sample(candidates, rng.int(scope.members[0], scope.members[1]));
    const founders = Math.max(3, Math.ceil(chosen.length * 0.5));
    chosen.forEach((c, k) => {
      org.members.set(
        c.id,
        k < founders
          ? scope.founded
          : rng.int(scope.founded + 1, Math.max(scope.founded + 1, 2026)),
      );
    });
    const outsiders = candidates.filter((c) => !org.members.has(c.id));
    for (const c of rng.sample(outsiders, rng.int(0, 3))) {
      org.observers.set(c.id, rng.int(Math.max(scope.founded, 1990), 2025));
    }
    out.push(org);
  }
  return out;
}

const scopeSchema = z.object({
  founded: z.number().int(),
  within: z.array(z.string()),
  languages: z.array(z.string()).optional(),
  members: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  summit: z.boolean(),
});
type Scope = z.infer<typeof scopeSchema>;

function readScopes(): Record<string, Scope> {
  const parsed = z.object({ scopes: z.record(z.string(), scopeSchema) }).safeParse(rawScopes);
  if (!parsed.success) throw new Error(`bench/corpus/orgScopes.json: ${parsed.error.message}`);
  return parsed.data.scopes;
}

function buildTopics(entries: GazetteerEntry[]): Topic[] {
  return entries
    .filter((e) => e.kind === 'Topic')
    .map((e) => {
      const areas = [
        e.name,
        ...e.aliases.filter((a) => /^[a-z]/.test(a) && a.includes(' ')),
      ].filter((a) => !BAD_AREA_END.test(a) && !BAD_AREA_START.test(a));
      return { id: e.id, name: e.name, areas: areas.length > 0 ? areas : [e.name] };
    });
}

function buildAgencies(
  entries: GazetteerEntry[],
  gazetteer: Gazetteer,
  countries: ReadonlyMap<string, Country>,
): Agency[] {
  const out: Agency[] = [];
  for (const e of entries) {
    if (e.source !== 'agencies.json' || e.type !== 'news-agency' || !e.country) continue;
    if (!countries.has(e.country)) continue;
    const acronym = e.aliases.find((a) => /^[A-Z]{2,}$/.test(a));
    const stripped = e.name.replace(AGENCY_SUFFIX, '');
    // "Emirates News Agency" must not shrink to a country name.
    const strippedIsName = stripped !== e.name && gazetteer.find(stripped).length === 0;
    const label = acronym ?? (strippedIsName ? stripped : e.name);
    // Only agencies known by a cue phrase ("As {Report} informs") are cited that way.
    const informs =
      gazetteer.find(label).length === 0 &&
      gazetteer.find(`As ${label} informs`).some((h) => h.id === e.id);
    out.push({ id: e.id, label, country: e.country, informs });
  }
  return out;
}
