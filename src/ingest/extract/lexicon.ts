// The gazetteer as the extractor sees it: the subset of the gazetteer
// engineer's interface used here (countries, organisations, initiatives and
// topics, with titles), so the rules depend on a small, stable surface.

export type GazetteerKind = 'Country' | 'Organization' | 'Initiative' | 'Topic';

export interface LexiconHit {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: GazetteerKind;
  form: string;
  rule: string;
  /** Topic triggers only: the word counts only right after a cooperation cue or in a list. */
  needsCooperationCue?: true;
  /** A capital that is also a name (Lima): kept only where the text uses it as a place. */
  placeOnly?: true;
}

export interface LexiconEntry {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  wikidata?: string;
  /** For a government body or an institution of a union: the country or organisation it belongs to. */
  country?: string;
  parent?: string;
  [key: string]: unknown;
}

export interface Lexicon {
  find(text: string, offset?: number): LexiconHit[];
  topicTriggers(text: string, offset?: number): LexiconHit[];
  isStopName(s: string): boolean;
  get(id: string): LexiconEntry | undefined;
}
