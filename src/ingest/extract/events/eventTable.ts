// The event words of data/rules/relations.json (attended.*), read once.
import { ruleTable } from '../ruleTable';

export interface EventTable {
  eventNouns: string[];
  weakEventNouns: string[];
  notEventNouns: string[];
  notEventPhrases: string[];
  idDropWords: string[];
  ownedEventNouns: string[];
  /** Lowercase words between a name and its noun ("COP29 climate conference"). */
  eventModifiers: string[];
  /** Events named without an event noun ("COP29"), with the noun they stand for. */
  namedEvents: { pattern: string; noun: string }[];
  /** Nouns that, bare ("the event"), refer back to the event named last, whatever its noun. */
  anaphoricNouns: string[];
}

export function eventTable(): EventTable {
  return ruleTable<{ attended: EventTable }>('relations').attended;
}
