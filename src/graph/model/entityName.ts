// The one rule that names an entity: its name and Wikidata id are those of the
// earliest-published article that gives one (ties: smallest article id); its
// aliases are every other form any article used. Each article's view is kept
// on its MENTIONS relationship (name, forms, Wikidata id, source key).
//
// The rule is a join (joinEntityNames): order-free, so a write folds its
// articles into the stored naming (the Cypher only stores the result, see
// plan/writeCypher MERGE_ENTITIES and plan/summaryStatements SET_ENTITY_PROPS),
// a batch folds its articles together, and a retraction recomputes from the
// remaining mentions (summariseEntity), all with the same result.

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

/** What one article says: its name and forms, with itself as the source. */
function fromMention(mention: MentionRecord): EntityProps {
  return {
    name: mention.name,
    aliases: [...mention.aliases],
    wikidata: mention.wikidata,
    nameSource: mention.source,
    wikidataSource: mention.wikidata === null ? null : mention.source,
  };
}

/**
 * The naming two sets of articles give together: the earlier source's name
 * (`a` on a tie), the earlier source's Wikidata id among those that give one,
 * and every other form, sorted. `a` null is nothing stored yet.
 */
export function joinEntityNames(a: EntityProps | null, b: EntityProps): EntityProps {
  const named = a === null || b.nameSource < a.nameSource ? b : a;
  const identified =
    a === null || a.wikidata === null
      ? b
      : b.wikidata !== null &&
          (a.wikidataSource === null || (b.wikidataSource ?? '') < a.wikidataSource)
        ? b
        : a;
  const forms = new Set([...(a === null ? [] : [a.name, ...a.aliases]), b.name, ...b.aliases]);
  forms.delete(named.name);
  return {
    name: named.name,
    aliases: [...forms].filter(Boolean).sort(),
    wikidata: identified.wikidata,
    nameSource: named.nameSource,
    wikidataSource: identified.wikidata === null ? null : identified.wikidataSource,
  };
}

/** The naming of an entity from every article that mentions it; null when none does. */
export function summariseEntity(mentions: readonly MentionRecord[]): EntityProps | null {
  return mentions.reduce<EntityProps | null>(
    (naming, mention) => joinEntityNames(naming, fromMention(mention)),
    null,
  );
}

/** A stored entity's naming as MERGE_ENTITIES returns it; null for a node not named yet. */
export function storedEntityNames(props: Record<string, unknown> | null): EntityProps | null {
  if (props === null || typeof props.name !== 'string' || typeof props.nameSource !== 'string') {
    return null;
  }
  return {
    name: props.name,
    aliases: Array.isArray(props.aliases) ? (props.aliases as string[]) : [],
    wikidata: typeof props.wikidata === 'string' ? props.wikidata : null,
    nameSource: props.nameSource,
    wikidataSource: typeof props.wikidataSource === 'string' ? props.wikidataSource : null,
  };
}
