// Positions one person holds at a time for a country: a later holder's start
// ends the earlier holder's term (model/validity). Other roles (a minister
// without portfolio, a vice president, an envoy on a mission) can be shared.
import { normaliseQualifier } from '../../ingest/factKey';

export type ExclusiveRole =
  'head-of-state' | 'head-of-government' | 'foreign-minister' | 'ambassador';

const ROLES: Readonly<Record<string, ExclusiveRole>> = {
  president: 'head-of-state',
  chairman: 'head-of-state',
  chairwoman: 'head-of-state',
  chairperson: 'head-of-state',
  king: 'head-of-state',
  queen: 'head-of-state',
  emir: 'head-of-state',
  amir: 'head-of-state',
  sultan: 'head-of-state',
  'head of state': 'head-of-state',
  'prime minister': 'head-of-government',
  premier: 'head-of-government',
  chancellor: 'head-of-government',
  'foreign minister': 'foreign-minister',
  'minister of foreign affairs': 'foreign-minister',
  'external affairs minister': 'foreign-minister',
  'minister of external affairs': 'foreign-minister',
  'foreign secretary': 'foreign-minister',
  'secretary of state': 'foreign-minister',
  // An ambassador is exclusive per receiving country: grouped by accreditation.
  ambassador: 'ambassador',
  'ambassador extraordinary and plenipotentiary': 'ambassador',
};

/** The exclusive titles, lower-cased: what a read of a country's positions narrows to. */
export const EXCLUSIVE_TITLES: readonly string[] = Object.keys(ROLES);

/** The exclusive role a stated role is, or null when it can be shared. */
export function exclusiveRole(role: string | null | undefined): ExclusiveRole | null {
  return role ? (ROLES[normaliseQualifier(role)] ?? null) : null;
}
