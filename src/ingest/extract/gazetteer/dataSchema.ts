// Schemas of the files in data/gazetteers/. Loading parses every file through
// them, so a malformed edit fails at start-up with the file and path named.
import { z } from 'zod';

const formWithReason = z.object({ form: z.string().min(1), reason: z.string() });
const qid = z.string().regex(/^Q\d+$/);
const ambiguousAcronym = z.object({
  acronym: z.string().min(1),
  id: z.string(),
  reason: z.string(),
  /** Also accepted right after a lowercase "the" ("the Quad"), where the common word cannot stand. */
  afterThe: z.boolean().optional(),
});

export const countriesFile = z.object({
  names: z.record(z.string(), z.string()),
  add: z.array(
    z.object({
      id: z.string().regex(/^[A-Z]{3}$/),
      aliases: z.array(z.string()).optional(),
      demonyms: z.array(z.string()).optional(),
      metonyms: z.array(z.string()).optional(),
    }),
  ),
  block: z.array(formWithReason),
  ambiguous: z.array(formWithReason.extend({ id: z.string() })),
  placeOnly: z.array(formWithReason.extend({ id: z.string() })).optional(),
  excludedNames: z.array(formWithReason),
});
export type CountriesFile = z.infer<typeof countriesFile>;

const namedEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  acronyms: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  wikidata: qid.optional(),
  type: z.string(),
});

export const organizationsFile = z.object({
  organizations: z.array(
    namedEntry.extend({ parent: z.string().optional(), metonyms: z.array(z.string()).optional() }),
  ),
  ambiguousAcronyms: z.array(ambiguousAcronym),
});
export type OrganizationsFile = z.infer<typeof organizationsFile>;

export const agenciesFile = z.object({
  agencies: z.array(
    namedEntry.extend({
      country: z.string().optional(),
      /** Phrases with the agency's part in braces: "As {Report} informs". */
      cues: z.array(z.string().regex(/\{[^{}]+\}/)).optional(),
    }),
  ),
  ambiguousAcronyms: z.array(ambiguousAcronym),
});
export type AgenciesFile = z.infer<typeof agenciesFile>;

export const institutionsFile = z.object({
  institutions: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      country: z.string(),
      type: z.string(),
      wikidata: qid.optional(),
    }),
  ),
});
export type InstitutionsFile = z.infer<typeof institutionsFile>;

export const initiativesFile = z.object({
  initiatives: z.array(namedEntry),
  ambiguousAcronyms: z.array(ambiguousAcronym),
});
export type InitiativesFile = z.infer<typeof initiativesFile>;

export const topicsFile = z.object({
  topics: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      triggers: z.array(
        z.object({ form: z.string().min(1), needsCooperationCue: z.boolean().optional() }),
      ),
      note: z.string().optional(),
    }),
  ),
});
export type TopicsFile = z.infer<typeof topicsFile>;

export const titlesFile = z.object({
  titles: z.array(
    z.object({
      id: z.string(),
      forms: z.array(z.string().min(1)).min(1),
      role: z.string(),
      kind: z.enum(['head-of-state', 'government', 'diplomat', 'official', 'organisation']),
      diplomatic: z.boolean(),
    }),
  ),
});

export const honorificsFile = z.object({ honorifics: z.array(z.string().min(1)) });

export const stopnamesFile = z.object({
  stopnames: z.record(z.string(), z.array(z.string().min(1))),
});
