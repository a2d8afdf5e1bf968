// Positions held in a country (or organisation) around a date, with the
// accreditations of envoys (an ambassador of CHN accredited to AZE). Which
// holder was current is decided by src/api/officials/currentHolders.ts.
import type { DateRange } from './dateBounds';
import { boundParams, heldDuringCypher } from './dateBounds';
import { factEntities, relationMap } from './projections';
import type { ReadRunner } from './readRunner';
import type { EntityRecord, RelationRecord } from './records';

export const OFFICIALS = `
MATCH (:Entity {id: $country})<-[h:HOLDS_POSITION]-(person:Person)
WHERE ${heldDuringCypher('h')}
  AND toLower(coalesce(h.role, '')) = coalesce($role, toLower(coalesce(h.role, '')))
CALL (person, h) {
  MATCH (person)-[acc:ACCREDITED_TO]->(:Entity)
  WHERE ${heldDuringCypher('acc')} AND coalesce(toLower(acc.role) = toLower(h.role), true)
  RETURN collect(${relationMap('acc')}) AS accreditations
}
WITH collect({position: ${relationMap('h')}, accreditations: accreditations}) AS positions
WITH positions, reduce(all = [], p IN positions | all + [p.position] + p.accreditations) AS facts
${factEntities('facts')}
RETURN positions, entities`;

export interface PositionRow {
  position: RelationRecord;
  accreditations: RelationRecord[];
}

/** Positions in `country` held during `range` (any time when open), optionally of one role. */
export async function readPositions(
  runner: ReadRunner,
  country: string,
  range: DateRange,
  role?: string | null,
): Promise<{ positions: PositionRow[]; entities: EntityRecord[] }> {
  const [row] = await runner.read<{ positions: PositionRow[]; entities: EntityRecord[] }>(
    OFFICIALS,
    { country, role: role ? role.trim().toLowerCase() : null, ...boundParams(range) },
  );
  return row ?? { positions: [], entities: [] };
}
