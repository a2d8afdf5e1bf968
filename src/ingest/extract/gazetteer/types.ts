// The gazetteer's public shapes. The extraction rules consume these; names
// here are a contract with src/ingest/extract: extend, never rename.

export interface GazetteerEntry {
  id: string;
  kind: 'Country' | 'Organization' | 'Initiative' | 'Topic';
  name: string;
  /** Every other surface form the matcher knows for this entry. */
  aliases: string[];
  wikidata?: string;
  /** Where the entry comes from, e.g. 'world-countries', 'organizations.json'. */
  source: string;
  /** Organisations: the data file's type (intergovernmental, un-agency, news-agency, seat-of-government, ...). */
  type?: string;
  /** The organisation a body belongs to (european-council → EU). */
  parent?: string;
  /** The country an agency or seat of government belongs to (kremlin → RUS). */
  country?: string;
}

export type HitForm = 'name' | 'alias' | 'acronym' | 'demonym' | 'capital' | 'trigger';

export interface GazetteerHit {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: GazetteerEntry['kind'];
  form: HitForm;
  /** e.g. 'gazetteer:organizations:SCO', 'gazetteer:world-countries:CHN'. */
  rule: string;
  /** The form is listed as ambiguous (Georgia, Jordan, Washington): ask for more evidence. */
  ambiguous?: true;
  /** A capital that is also a name (Lima): a mention only where used as a place. */
  placeOnly?: true;
  /** Topic triggers only: the word counts only right after a cooperation cue. */
  needsCooperationCue?: true;
}

export interface TitleEntry {
  id: string;
  /** Exact surface forms, capitalised and lowercase. */
  forms: string[];
  /** Value for HOLDS_POSITION.role. */
  role: string;
  kind: 'head-of-state' | 'government' | 'diplomat' | 'official' | 'organisation';
  /** Ambassadors, envoys, chargés, consuls: gives ACCREDITED_TO the host country. */
  diplomatic: boolean;
}

export interface Gazetteer {
  entries: ReadonlyMap<string, GazetteerEntry>;
  /**
   * Countries, organisations (with agencies and seats of government) and
   * initiatives: non-overlapping longest matches, sorted by start. `offset` is
   * added to every start/end (pass the slice's position in the article).
   * Ambiguous acronyms (AU, ECO, ICC) count only after the full name occurred
   * earlier in the same `text`, so scan the whole article, then filter.
   */
  find(text: string, offset?: number): GazetteerHit[];
  /** Topic trigger phrases, non-overlapping longest matches, by start. */
  topicTriggers(text: string, offset?: number): GazetteerHit[];
  titles: readonly TitleEntry[];
  /** Words before a name that are not part of it (Mr, H.E., Dr). */
  honorifics: readonly string[];
  isStopName(s: string): boolean;
  get(id: string): GazetteerEntry | undefined;
}
