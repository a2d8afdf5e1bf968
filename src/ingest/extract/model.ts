// Terminology of the extraction engine (internal shapes; the output contract
// is ../types.ts):
//   mention   — a span of the article text that names an entity, with the rule
//               that recognised it;
//   role fact — a title tied to a person ("Chinese Ambassador to Azerbaijan");
//   candidate — a relation found by a rule, before dating and de-duplication;
//   pair      — the two actors a bilateral sentence or article is about.
import type { EntityKind, RelationType } from '../types';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  paragraph: number;
}

export interface DateMention extends Span {
  text: string;
  value: string;
  precision: 'year' | 'month' | 'day';
  valueEnd?: string;
  relative: boolean;
  rule: string;
}

export interface EntityMention extends Span {
  id: string;
  kind: EntityKind;
  text: string;
  rule: string;
  /** Gazetteer form (name, alias, demonym, capital…) or how a person was found. */
  form: string;
  /** Capital or city used as a place ("in Ankara"), not as an actor. */
  location?: boolean;
}

export interface RoleFact extends Span {
  person: string;
  role: string;
  /** Country or organisation the role belongs to, when known. */
  holder?: string;
  /** Host country of an ambassador or envoy. */
  accreditedTo?: string;
  /** The host was inferred from a credentials ceremony: accredited on the ceremony's day. */
  accreditedAtCeremony?: boolean;
  /** Role class from data/rules/roles.json (leader, minister, envoy, official). */
  roleClass: string;
  diplomatic: boolean;
  /** "former", "then-": the role is not held now. */
  former: boolean;
  /** Introduced as new in the role ("the newly appointed Ambassador"). */
  fresh?: boolean;
  rule: string;
  /** Sentence the role was stated in. */
  sentence: number;
}

export interface Quote extends Span {
  /** Offsets of the quoted words, without the quote marks. */
  innerStart: number;
  innerEnd: number;
  text: string;
  /** The next paragraph of the quote before it (reopened without a close). */
  continues?: boolean;
}

export interface Candidate {
  type: RelationType;
  from: string;
  to: string;
  sentence: number;
  /** Offset of the trigger word, used to pick the date that belongs to it. */
  anchor: number;
  rule: string;
  reason: string;
  confidence: number;
  /** How to date it: by the sentence's own date, by the article, or fixed. */
  dating: 'event' | 'state' | 'fixed';
  date?: string;
  dateEnd?: string;
  role?: string;
  count?: number;
  kind?: string;
  level?: string;
  area?: string;
  on?: string;
  status?: string;
  text?: string;
  /** COOPERATES_ON: where the area was named. */
  areaMention?: { start: number; end: number; text: string; rule: string };
  /** An end was found through a description or pronoun: not trusted for old events. */
  viaCoref?: boolean;
}

export interface AgreementMention {
  id: string;
  name: string;
  start: number;
  end: number;
  sentence: number;
  /** Countries named inside the name ("between Peru and Ecuador"). */
  namedParties: string[];
  /** "between the two countries" and the like inside the name. */
  pairPhrase: boolean;
}

export interface EventInfo {
  id: string;
  name: string;
  aliases: string[];
  noun: string;
  /** The organisation that holds it ("the ECOWAS summit"), when named. */
  owner?: string;
  date?: string;
  dateEnd?: string;
  mentions: { start: number; end: number }[];
}

export interface CountryGroup {
  start: number;
  end: number;
  size: number;
  members: string[];
}
