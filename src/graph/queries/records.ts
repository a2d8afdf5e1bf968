// What the API's read queries return, row by row: plain objects shaped by the
// projections in ./projections.ts.
import type { DatePrecision, EntityKind, RelationType } from '../../ingest/types';
import type { EvidenceRecord } from '../model/evidenceRecord';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  wikidata: string | null;
  /** Articles that mention the entity. */
  articleCount: number;
}

export interface ArticleRecord {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  section: string | null;
  publishedAt: string;
}

/** One fact (a relationship); its ends come as EntityRecords beside it (factEntities). */
export interface RelationRecord {
  key: string;
  type: RelationType;
  /** Id of the start node as stored (canonical order for symmetric types). */
  from: string;
  to: string;
  date: string | null;
  dateEnd: string | null;
  precision: DatePrecision | null;
  dateSource: 'text' | 'article' | null;
  confidence: number;
  evidenceCount: number;
  role: string | null;
  count: number | null;
  kind: string | null;
  level: string | null;
  status: string | null;
  area: string | null;
  on: string | null;
  text: string | null;
  /** A state's derived end (exclusive: the day its successor started). */
  validTo: string | null;
  /** The key of the fact whose start ended this one. */
  endedBy: string | null;
  /** A vague event: the keys of the dated occurrences it may be. */
  mayBe: string[];
  mayBeReason: string | null;
}

/** One span of one article asserting a fact, with the article. */
export type EvidenceRow = Pick<
  EvidenceRecord,
  | 'key'
  | 'factKey'
  | 'articleId'
  | 'sentence'
  | 'start'
  | 'end'
  | 'confidence'
  | 'rule'
  | 'date'
  | 'dateSource'
> & { article: ArticleRecord };
