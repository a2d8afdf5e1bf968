// Who held each position at a date. The graph records when a position was
// seen held (and an end when stated); several people may have held the same
// role over the years without a stated end. So, per position — a role, and
// for envoys the countries they are accredited to — the holder seen most
// recently by the date is the one in office.
import type { PositionRow } from '../../graph/queries/officialsQuery';
import { lowerBound } from '../../graph/queries/dateBounds';
import type { RelationRecord } from '../../graph/queries/records';

export interface Holding {
  position: RelationRecord;
  accreditations: RelationRecord[];
}

function positionKey(row: PositionRow): string {
  const hosts = row.accreditations.map((fact) => fact.to).sort();
  return `${(row.position.role ?? '').toLowerCase()}\u0000${hosts.join(',')}`;
}

const start = (fact: RelationRecord) => (fact.date === null ? '' : lowerBound(fact.date));

/** The latest-seen holder of each position (all of them on a tie), ordered by role then holder. */
export function currentHolders(rows: readonly PositionRow[]): Holding[] {
  const latest = new Map<string, PositionRow[]>();
  for (const row of rows) {
    const key = positionKey(row);
    const [seen] = latest.get(key) ?? [];
    if (seen === undefined || start(row.position) > start(seen.position)) latest.set(key, [row]);
    else if (start(row.position) === start(seen.position)) latest.get(key)?.push(row);
  }
  return [...latest.values()]
    .flat()
    .sort(
      (a, b) =>
        (a.position.role ?? '').localeCompare(b.position.role ?? '') ||
        a.position.from.localeCompare(b.position.from),
    );
}
