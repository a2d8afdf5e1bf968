// Builds the gazetteer from data/gazetteers/*.json plus the world-countries
// package, once per directory. Every file is validated on load.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import world from 'world-countries';
import type { z } from 'zod';
import { countryForms } from './countryForms';
import {
  agenciesFile,
  countriesFile,
  honorificsFile,
  initiativesFile,
  institutionsFile,
  organizationsFile,
  stopnamesFile,
  titlesFile,
  topicsFile,
} from './dataSchema';
import { FormTrie } from './formTrie';
import type { BuiltTable } from './formTrie';
import { namedForms } from './namedForms';
import { scanHits } from './scanHits';
import { topicForms } from './topicForms';
import type { Gazetteer, GazetteerEntry } from './types';

const cache = new Map<string, Gazetteer>();

/** data/gazetteers, found by walking up from this file (works from src/ and dist/). */
export function defaultGazetteerDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'data', 'gazetteers');
    if (existsSync(join(candidate, 'countries.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('data/gazetteers not found above ' + __dirname);
}

function readData<S extends z.ZodType>(dir: string, file: string, schema: S): z.infer<S> {
  const path = join(dir, file);
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`);
  return parsed.data;
}

/** The gazetteer built from `dir` (default data/gazetteers), memoised per directory. */
export function loadGazetteer(dir?: string): Gazetteer {
  const root = resolve(dir ?? defaultGazetteerDir());
  let g = cache.get(root);
  if (!g) {
    g = buildGazetteer(root);
    cache.set(root, g);
  }
  return g;
}

function buildGazetteer(dir: string): Gazetteer {
  const orgs = readData(dir, 'organizations.json', organizationsFile);
  const agencies = readData(dir, 'agencies.json', agenciesFile);
  const seats = readData(dir, 'institutions.json', institutionsFile);
  const inits = readData(dir, 'initiatives.json', initiativesFile);
  const tables: BuiltTable[] = [
    countryForms(readData(dir, 'countries.json', countriesFile), world),
    namedForms({
      file: 'organizations',
      kind: 'Organization',
      entries: orgs.organizations,
      ambiguousAcronyms: orgs.ambiguousAcronyms,
      priority: 1,
    }),
    namedForms({
      file: 'agencies',
      kind: 'Organization',
      entries: agencies.agencies,
      ambiguousAcronyms: agencies.ambiguousAcronyms,
      priority: 1,
    }),
    namedForms({
      file: 'institutions',
      kind: 'Organization',
      entries: seats.institutions,
      priority: 1,
    }),
    namedForms({
      file: 'initiatives',
      kind: 'Initiative',
      entries: inits.initiatives,
      ambiguousAcronyms: inits.ambiguousAcronyms,
      priority: 1,
    }),
  ];
  const topics = topicForms(readData(dir, 'topics.json', topicsFile));

  const entries = new Map<string, GazetteerEntry>();
  for (const e of [...tables.flatMap((t) => t.entries), ...topics.entries]) {
    if (entries.has(e.id)) throw new Error(`gazetteer: duplicate id ${e.id} (${e.source})`);
    entries.set(e.id, e);
  }
  const names = new FormTrie();
  for (const f of tables.flatMap((t) => t.forms)) names.add(f.text, f.cand);
  const triggers = new FormTrie();
  for (const f of topics.forms) triggers.add(f.text, f.cand);

  const stop = readData(dir, 'stopnames.json', stopnamesFile);
  const stopPhrases = new Set<string>();
  const stopWords = new Set<string>();
  for (const s of Object.values(stop.stopnames).flat()) {
    if (/\s/.test(s)) stopPhrases.add(s);
    else stopWords.add(s.toLowerCase());
  }
  const isStopName = (s: string): boolean => {
    const t = s.trim().replace(/\s+/g, ' ');
    for (const v of [t, t.replace(/^the /i, '')]) {
      if (stopPhrases.has(v) || (!v.includes(' ') && stopWords.has(v.toLowerCase()))) return true;
    }
    return false;
  };

  return {
    entries,
    find: (text, offset) => scanHits(names, text, offset),
    topicTriggers: (text, offset) => scanHits(triggers, text, offset),
    titles: readData(dir, 'titles.json', titlesFile).titles,
    honorifics: readData(dir, 'honorifics.json', honorificsFile).honorifics,
    isStopName,
    get: (id) => entries.get(id),
  };
}
