// The extraction contract of docs/ontology.md, as TypeScript types.
// Everything downstream (graph writes, the API) consumes these shapes; names
// here are a contract: extend, never rename.

/** Node kinds; also the only labels the graph layer may write. */
export const ENTITY_KINDS = [
  'Country',
  'Person',
  'Organization',
  'Agreement',
  'Initiative',
  'Topic',
  'Event',
  'Statement',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Relation types; also the only relationship types the graph layer may write. */
export const RELATION_TYPES = [
  'HOLDS_POSITION',
  'ACCREDITED_TO',
  'VISITED',
  'MET',
  'SIGNED',
  'PARTY_TO',
  'PARTNERSHIP',
  'DIPLOMATIC_RELATIONS',
  'MEMBER_OF',
  'COOPERATES_ON',
  'SUPPORTS',
  'STATED',
  'ATTENDED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Types whose from/to order carries no meaning (stored once per pair). */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'MET',
  'PARTNERSHIP',
  'DIPLOMATIC_RELATIONS',
  'COOPERATES_ON',
]);

/** `2025`, `2025-04` or `2025-04-23`. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed article: metadata plus the text that all offsets refer to. */
export interface Article {
  /** `sha256:` + hex digest of the normalised text. */
  id: string;
  title: string | null;
  /** ISO 8601, with time and offset when the source gives them. */
  publishedAt: string;
  source: string | null;
  section: string | null;
  url: string | null;
  /** The article text as stored; every offset in an extraction points into it. */
  text: string;
  /** Where the body starts in `text` (after title/section/date header lines). */
  bodyStart: number;
}

export interface ArticleMeta {
  id: string;
  title: string | null;
  publishedAt: string;
  source: string | null;
  section: string | null;
  url: string | null;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** Id of the rule or gazetteer entry that produced the mention. */
  rule?: string;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata?: string;
  mentions: Mention[];
}

export interface Evidence {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  date?: string;
  dateEnd?: string;
  /** `article` when the fact has no date of its own and is dated by publication. */
  dateSource?: 'text' | 'article';
  confidence: number;
  evidence: Evidence;
  /** Id of the rule that produced the relation. */
  rule?: string;
  // Qualifiers (see the ontology's relation table).
  /** MEMBER_OF: member, observer, dialogue partner. Any other type: `planned`
   * for a fact announced but not (yet) true; facts are otherwise asserted. */
  status?: string;
  role?: string;
  count?: number;
  kind?: string;
  level?: string;
  area?: string;
  on?: string;
  text?: string;
}

export interface Extraction {
  article: ArticleMeta;
  entities: Entity[];
  relations: Relation[];
}
