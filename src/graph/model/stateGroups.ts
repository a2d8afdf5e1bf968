// The groups of states that exclude one another, and their derived ends
// (model/validity): the holders of one exclusive position of one country, the
// ambassadors of one country to another, the levels of one pair's
// partnership, one member's memberships of one organisation.
import type { RelationType } from '../../ingest/types';
import { exclusiveRole } from './exclusiveRoles';
import type { DerivedEnd, StateFact } from './validity';
import { deriveEnds, succeedsHolder, upgradesLevel, withdrawsMembership } from './validity';

export interface PositionRow {
  key: string;
  person: string;
  country: string;
  role: string | null;
  date: string | null;
}

/** An accreditation with the positions its envoy holds (which say who sent them). */
export interface EnvoyRow {
  key: string;
  person: string;
  receiver: string;
  role: string | null;
  date: string | null;
  positions: { key: string; country: string; role: string | null }[];
}

/** A PARTNERSHIP (`holder` the level) or MEMBER_OF (`holder` the status) fact of one pair. */
export interface PairStateRow {
  key: string;
  pair: string;
  holder: string | null;
  date: string | null;
}

export type TypedEnd = DerivedEnd & { type: RelationType };

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | null): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

const typed = (type: RelationType, ends: DerivedEnd[]): TypedEnd[] =>
  ends.map((end) => ({ ...end, type }));

/** The sending country of an ambassador: the country of their ambassador position. */
function sender(row: EnvoyRow): { key: string; country: string } | null {
  if (row.role !== null && exclusiveRole(row.role) !== 'ambassador') return null;
  const posts = row.positions
    .filter((position) => exclusiveRole(position.role) === 'ambassador')
    .sort((a, b) => a.country.localeCompare(b.country));
  return posts[0] ?? null;
}

/** Ends of positions and accreditations: heads and foreign ministers per country, ambassadors per pair of countries. */
export function positionEnds(
  positions: readonly PositionRow[],
  envoys: readonly EnvoyRow[],
): TypedEnd[] {
  const holders = (rows: readonly { key: string; person: string; date: string | null }[]) =>
    rows.map(({ key, person, date }): StateFact => ({ key, holder: person, date }));

  const shared = positions.filter((row) => {
    const role = exclusiveRole(row.role);
    return role !== null && role !== 'ambassador';
  });
  const heads = groupBy(shared, (row) => `${row.country}|${exclusiveRole(row.role)}`).flatMap(
    (group) => deriveEnds(holders(group), succeedsHolder),
  );

  const accredited = envoys.filter((row) => sender(row) !== null);
  const accreditationEnds = groupBy(
    accredited,
    (row) => `${sender(row)?.country}|${row.receiver}`,
  ).flatMap((group) => deriveEnds(holders(group), succeedsHolder));

  // An ambassador's post at home ends with their one accreditation abroad.
  const endOf = new Map(accreditationEnds.map((end) => [end.key, end]));
  const ambassadorPosts = positions
    .filter((row) => exclusiveRole(row.role) === 'ambassador')
    .map((row): DerivedEnd => {
      const abroad = accredited.filter(
        (envoy) => envoy.person === row.person && sender(envoy)?.key === row.key,
      );
      const end = abroad.length === 1 ? endOf.get((abroad[0] as EnvoyRow).key) : undefined;
      return { key: row.key, validTo: end?.validTo ?? null, endedBy: end?.endedBy ?? null };
    });

  return [
    ...typed('HOLDS_POSITION', [...heads, ...ambassadorPosts]),
    ...typed('ACCREDITED_TO', accreditationEnds),
  ];
}

function pairEnds(
  type: RelationType,
  rows: readonly PairStateRow[],
  supersedes: (later: StateFact, earlier: StateFact) => boolean,
): TypedEnd[] {
  const facts = rows.map(({ key, pair, holder, date }) => ({
    key,
    pair,
    holder: holder ?? '',
    date,
  }));
  return typed(
    type,
    groupBy(facts, (row) => row.pair).flatMap((group) => deriveEnds(group, supersedes)),
  );
}

/** A higher partnership level ends a lower one of the same pair. */
export const partnershipEnds = (rows: readonly PairStateRow[]) =>
  pairEnds('PARTNERSHIP', rows, upgradesLevel);

/** A stated withdrawal or suspension ends a membership. */
export const membershipEnds = (rows: readonly PairStateRow[]) =>
  pairEnds('MEMBER_OF', rows, withdrawsMembership);
