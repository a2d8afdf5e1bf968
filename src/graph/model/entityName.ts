// An entity's name, aliases and Wikidata id, from what the articles that
// mention it say (each MENTIONS relationship keeps that article's name, its
// surface forms and a source key). The name and Wikidata id are those of the
// earliest-published article that gives one (ties: smallest article id); the
// aliases are every other form seen. Writes apply this incrementally in
// Cypher (UPSERT_ENTITIES); retractions recompute it here from the remaining
// mentions, so aliases only a retracted article used disappear.

export interface MentionRecord {
  /** sourceKey() of the mentioning article. */
  source: string;
  name: string;
  aliases: readonly string[];
  wikidata: string | null;
}

export interface EntityProps {
  name: string;
  aliases: string[];
  wikidata: string | null;
  /** Source keys of the article that gave the name / the Wikidata id. */
  nameSource: string;
  wikidataSource: string | null;
}

/** Sorts articles by publication time, then id, as a plain string. */
export function sourceKey(publishedAt: string, articleId: string): string {
  const time = Date.parse(publishedAt);
  const millis = Number.isNaN(time) ? '9'.repeat(15) : String(Math.max(0, time)).padStart(15, '0');
  return `${millis}|${articleId}`;
}

function bySource(a: MentionRecord, b: MentionRecord): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Null when no article mentions the entity any more. */
export function summariseEntity(mentions: readonly MentionRecord[]): EntityProps | null {
  const ordered = [...mentions].sort(bySource);
  const first = ordered[0];
  if (first === undefined) return null;
  const forms = new Set(ordered.flatMap((record) => [record.name, ...record.aliases]));
  forms.delete(first.name);
  const identified = ordered.find((record) => record.wikidata !== null);
  return {
    name: first.name,
    aliases: [...forms].filter(Boolean).sort(),
    wikidata: identified?.wikidata ?? null,
    nameSource: first.source,
    wikidataSource: identified?.source ?? null,
  };
}
