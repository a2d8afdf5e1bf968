// Every person-sighting rule, in the order they claim names: a name claimed
// by an earlier rule (a title) is not sighted again by a later one. Adding a
// rule is a file and a line.
import { apposition } from './apposition';
import { collectiveList } from './collectiveList';
import { envoyList } from './envoyList';
import { honorific } from './honorific';
import { knownPerson } from './knownPerson';
import { meetingObject } from './meetingObject';
import { pluralRolePair } from './pluralRolePair';
import type { SightingRule } from './sighting';
import { subjectOfVerb } from './subjectOfVerb';
import { titleBeforeName } from './titleBeforeName';

export const SIGHTING_RULES: readonly SightingRule[] = [
  pluralRolePair,
  envoyList,
  titleBeforeName,
  apposition,
  subjectOfVerb,
  meetingObject,
  honorific,
  collectiveList,
  knownPerson,
];
