// After a write or retraction touched states: re-read every group of states
// they belong to (the positions of a country, the ambassadors to a country,
// a pair's partnership levels and memberships) and set each fact's derived
// end (`validTo`, `endedBy`; model/stateGroups). Whole groups at a time, so
// retracting the article that ended a term reopens it.
import type { RelationType } from '../../ingest/types';
import { byType, unitPerType } from '../cypherTemplates';
import { createChange } from '../model/changeLog';
import type { EnvoyRow, PairStateRow, PositionRow, TypedEnd } from '../model/stateGroups';
import { EXCLUSIVE_TITLES } from '../model/exclusiveRoles';
import { membershipEnds, partnershipEnds, positionEnds } from '../model/stateGroups';
import type { QueryRunner } from '../runStatements';
import { toNative } from '../toNative';

/** A touched fact's type and ends. */
export interface StateTouch {
  type: RelationType;
  from: string;
  to: string;
}

/** Accreditations to $receivers, and all accreditations of envoys holding a post of $senders. */
const READ_ENVOYS = `
CALL () {
  UNWIND $receivers AS id
  MATCH (y:Entity {id: id})<-[:ACCREDITED_TO]-(p:Person)
  RETURN DISTINCT p
  UNION
  UNWIND $senders AS id
  MATCH (:Country {id: id})<-[:HOLDS_POSITION]-(p:Person)-[:ACCREDITED_TO]->()
  RETURN DISTINCT p
}
MATCH (p)-[acc:ACCREDITED_TO]->(y:Entity)
RETURN acc.key AS key, p.id AS person, y.id AS receiver, acc.role AS role, acc.date AS date,
  [(p)-[h:HOLDS_POSITION]->(x:Country) | {key: h.key, country: x.id, role: h.role}] AS positions`;

/** Exclusive positions held in $countries ($titles: model/exclusiveRoles decides after). */
const READ_POSITIONS = `
UNWIND $countries AS id
MATCH (:Country {id: id})<-[h:HOLDS_POSITION]-(p:Person)
WHERE toLower(trim(h.role)) IN $titles
RETURN h.key AS key, p.id AS person, id AS country, h.role AS role, h.date AS date`;

/** Partnership levels and memberships of the given pairs (symmetric pairs match either way). */
const READ_PAIR_STATES = `
CALL () {
  UNWIND $partnerships AS pair
  MATCH (:Entity {id: pair[0]})-[r:PARTNERSHIP]-(:Entity {id: pair[1]})
  RETURN collect(DISTINCT {key: r.key, pair: pair[0] + '|' + pair[1], holder: r.level, date: r.date}) AS partnerships
}
CALL () {
  UNWIND $memberships AS pair
  MATCH (:Entity {id: pair[0]})-[r:MEMBER_OF]->(:Entity {id: pair[1]})
  RETURN collect({key: r.key, pair: pair[0] + '|' + pair[1], holder: r.status, date: r.date}) AS memberships
}
RETURN partnerships, memberships`;

/** Sets derived ends; a state that ends or reopens is logged as a Change ($causes). */
const SET_ENDS = unitPerType(
  (type) => `
  UNWIND $rows.${type} AS row
  MATCH ()-[r:${type} {key: row.key}]->()
  WITH r, row, r.validTo AS before
  SET r.validTo = row.validTo, r.endedBy = row.endedBy
  FOREACH (_ IN CASE WHEN before IS NULL AND row.validTo IS NOT NULL THEN [1] ELSE [] END |
    ${createChange(`'ended'`, `'${type}'`, 'row.key', 'startNode(r).id', 'endNode(r).id', '$causes', 'row.validTo', 'row.endedBy')})
  FOREACH (_ IN CASE WHEN before IS NOT NULL AND row.validTo IS NULL THEN [1] ELSE [] END |
    ${createChange(`'reopened'`, `'${type}'`, 'row.key', 'startNode(r).id', 'endNode(r).id', '$causes')})`,
);

/** The states whose ends are derived. */
const DERIVED_STATES: ReadonlySet<RelationType> = new Set<RelationType>([
  'HOLDS_POSITION',
  'ACCREDITED_TO',
  'PARTNERSHIP',
  'MEMBER_OF',
]);

const unique = (values: readonly string[]) => [...new Set(values)].sort();

function pairs(touched: readonly StateTouch[], type: RelationType): [string, string][] {
  const keys = unique(touched.filter((t) => t.type === type).map((t) => `${t.from}\u0000${t.to}`));
  return keys.map((key) => key.split('\u0000') as [string, string]);
}

async function readPositionEnds(
  tx: QueryRunner,
  touched: readonly StateTouch[],
): Promise<TypedEnd[]> {
  const receivers = unique(touched.filter((t) => t.type === 'ACCREDITED_TO').map((t) => t.to));
  const senders = unique(touched.filter((t) => t.type === 'HOLDS_POSITION').map((t) => t.to));
  if (receivers.length === 0 && senders.length === 0) return [];
  const envoys = (await tx.run(READ_ENVOYS, { receivers, senders })).records.map((record) =>
    toNative<EnvoyRow>(record.toObject()),
  );
  // Every country an envoy holds a post of: its ambassadors' posts end with their accreditations.
  const countries = unique([
    ...senders,
    ...envoys.flatMap((envoy) => envoy.positions.map((position) => position.country)),
  ]);
  const positions = (
    await tx.run(READ_POSITIONS, { countries, titles: EXCLUSIVE_TITLES })
  ).records.map((record) => toNative<PositionRow>(record.toObject()));
  return positionEnds(positions, envoys);
}

async function readPairEnds(tx: QueryRunner, touched: readonly StateTouch[]): Promise<TypedEnd[]> {
  const partnerships = pairs(touched, 'PARTNERSHIP');
  const memberships = pairs(touched, 'MEMBER_OF');
  if (partnerships.length === 0 && memberships.length === 0) return [];
  const [record] = (await tx.run(READ_PAIR_STATES, { partnerships, memberships })).records;
  if (record === undefined) return [];
  return [
    ...partnershipEnds(toNative<PairStateRow[]>(record.get('partnerships'))),
    ...membershipEnds(toNative<PairStateRow[]>(record.get('memberships'))),
  ];
}

/** Recomputes the derived ends of every group the touched states belong to. */
export async function deriveValidity(
  tx: QueryRunner,
  touchedFacts: readonly StateTouch[],
  causes: readonly string[],
): Promise<void> {
  const touched = touchedFacts.filter((fact) => DERIVED_STATES.has(fact.type));
  const ends = [...(await readPositionEnds(tx, touched)), ...(await readPairEnds(tx, touched))];
  if (ends.length === 0) return;
  const rows = new Map<RelationType, Omit<TypedEnd, 'type'>[]>();
  for (const { type, ...end } of ends) rows.set(type, [...(rows.get(type) ?? []), end]);
  await tx.run(SET_ENDS, { rows: byType(rows), causes: [...causes] });
}
