// The dossier of a pair from the rows of one query (readBilateralDossier):
// facts sorted into what an analyst reads — partnership level and history,
// agreements, visits each way, meetings, cooperation areas, shared
// organisations, envoys — plus one timeline of every dated fact. (Statements
// and source articles are read on demand by the resolvers.) Pure: no I/O,
// unit-tested on hand-made rows.
import type { DossierRows, EnvoyRow } from '../../graph/queries/bilateralQuery';
import { mergeDates } from '../../graph/model/mergeDates';
import { lowerBound } from '../../graph/queries/dateBounds';
import type { DateRange } from '../../graph/queries/dateBounds';
import type { EntityRecord, RelationRecord } from '../../graph/queries/records';

export interface DossierSide {
  entity: EntityRecord;
  /** The other side (for reading this side's statements about it). */
  other: EntityRecord;
  /** The dossier's period. */
  range: DateRange;
  /** Visits to the other side by this side's officials (or by the side itself). */
  visits: RelationRecord[];
  /** This side's envoys accredited to the other side. */
  envoys: DossierEnvoy[];
}

export interface DossierEnvoy {
  person: EntityRecord;
  role: string | null;
  since: string | null;
  /** End of the term (derived); null while current. */
  until: string | null;
  position: RelationRecord;
  accreditation: RelationRecord;
}

export interface DossierAgreement {
  agreement: EntityRecord;
  /** Its date as its facts give it (the most precise of compatible dates, else the earliest). */
  date: string | null;
  parties: EntityRecord[];
  signatories: EntityRecord[];
  relations: RelationRecord[];
}

export interface DossierCooperation {
  area: EntityRecord;
  since: string | null;
  relations: RelationRecord[];
}

export interface DossierOrganization {
  organization: EntityRecord;
  a: RelationRecord[];
  b: RelationRecord[];
}

export interface Dossier {
  a: DossierSide;
  b: DossierSide;
  from: string | null;
  to: string | null;
  /** Keys of every fact in the dossier (their articles are its sources). */
  factKeys: string[];
  /** Every fact directly between the two. */
  direct: RelationRecord[];
  /** The partnership level in force last in the period (latest start, then most confident). */
  partnership: RelationRecord | null;
  partnershipHistory: RelationRecord[];
  diplomaticRelations: RelationRecord[];
  agreements: DossierAgreement[];
  meetings: RelationRecord[];
  cooperation: DossierCooperation[];
  support: RelationRecord[];
  sharedOrganizations: DossierOrganization[];
  timeline: RelationRecord[];
}

/** Chronological by the first day each date covers; undated last; then type and key. */
export function byDate(a: RelationRecord, b: RelationRecord): number {
  const dayA = a.date === null ? '~' : lowerBound(a.date);
  const dayB = b.date === null ? '~' : lowerBound(b.date);
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** True when `fact` began after `other`, or on the same day with more confidence. */
function begunLater(fact: RelationRecord, other: RelationRecord): boolean {
  const start = lowerBound(fact.date ?? '0000');
  const otherStart = lowerBound(other.date ?? '0000');
  return start > otherStart || (start === otherStart && fact.confidence > other.confidence);
}

/** The date several facts give a thing: the most precise of compatible dates, else the earliest. */
function factsDate(facts: readonly RelationRecord[]): string | null {
  return mergeDates(facts.flatMap((fact) => fact.date ?? [])) ?? null;
}

function sorted(facts: readonly RelationRecord[]): RelationRecord[] {
  return [...facts].sort(byDate);
}

function unique(facts: readonly RelationRecord[]): RelationRecord[] {
  return [...new Map(facts.map((fact) => [fact.key, fact])).values()];
}

export function assembleDossier(rows: DossierRows, range: DateRange): Dossier {
  const entities = new Map<string, EntityRecord>(
    [...rows.entities, rows.a, rows.b].map((entity) => [entity.id, entity]),
  );
  const entity = (id: string): EntityRecord | undefined => entities.get(id);
  const ofType = (type: RelationRecord['type']) => rows.direct.filter((fact) => fact.type === type);

  const envoys = (list: readonly EnvoyRow[]): DossierEnvoy[] =>
    list.flatMap(({ position, accreditation }) => {
      const person = entity(position.from);
      return person
        ? [
            {
              person,
              role: position.role,
              since: position.date,
              until: accreditation.validTo ?? position.validTo,
              position,
              accreditation,
            },
          ]
        : [];
    });
  const side = (
    self: EntityRecord,
    other: EntityRecord,
    visits: RelationRecord[],
    envoyRows: EnvoyRow[],
  ): DossierSide => ({
    entity: self,
    other,
    range,
    visits: sorted(unique([...visits, ...ofType('VISITED').filter((v) => v.from === self.id)])),
    envoys: envoys(envoyRows),
  });

  const history = sorted(ofType('PARTNERSHIP'));
  // A level a higher one ended (validTo) is past: the level in force is among the open ones.
  const open = history.filter((fact) => fact.validTo === null);
  const partnership = (open.length > 0 ? open : history).reduce<RelationRecord | null>(
    (current, fact) => (current === null || begunLater(fact, current) ? fact : current),
    null,
  );

  const agreements = rows.agreements.flatMap((row): DossierAgreement[] => {
    const agreement = entity(row.agreement);
    if (!agreement) return [];
    const relations = sorted(unique([...row.parties, ...row.signatures]));
    return [
      {
        agreement,
        date: factsDate(relations),
        parties: row.parties.flatMap((fact) => entity(fact.from) ?? []),
        signatories: sorted(row.signatures).flatMap((fact) => entity(fact.from) ?? []),
        relations,
      },
    ];
  });
  agreements.sort((x, y) => (x.date ?? '~').localeCompare(y.date ?? '~'));

  const areas = new Map<string, RelationRecord[]>();
  for (const fact of ofType('COOPERATES_ON')) {
    if (fact.area !== null) areas.set(fact.area, [...(areas.get(fact.area) ?? []), fact]);
  }
  const cooperation = [...areas].flatMap(([id, facts]): DossierCooperation[] => {
    const area = entity(id);
    return area ? [{ area, since: factsDate(facts), relations: sorted(facts) }] : [];
  });
  cooperation.sort(
    (x, y) =>
      (x.since ?? '~').localeCompare(y.since ?? '~') || x.area.name.localeCompare(y.area.name),
  );

  const sharedOrganizations = rows.sharedOrganizations.flatMap((row): DossierOrganization[] => {
    const organization = entity(row.organization);
    return organization ? [{ organization, a: sorted(row.a), b: sorted(row.b) }] : [];
  });
  sharedOrganizations.sort((x, y) => x.organization.name.localeCompare(y.organization.name));

  const a = side(rows.a, rows.b, rows.aVisits, rows.aEnvoys);
  const b = side(rows.b, rows.a, rows.bVisits, rows.bEnvoys);
  const all = unique([
    ...rows.direct,
    ...a.visits,
    ...b.visits,
    ...rows.meetings,
    ...[...rows.aEnvoys, ...rows.bEnvoys].flatMap((row) => [row.position, row.accreditation]),
    ...agreements.flatMap((row) => row.relations),
    ...sharedOrganizations.flatMap((row) => [...row.a, ...row.b]),
  ]);
  return {
    a,
    b,
    from: range.from ?? null,
    to: range.to ?? null,
    factKeys: all.map((fact) => fact.key),
    direct: sorted(rows.direct),
    partnership,
    partnershipHistory: history,
    diplomaticRelations: sorted(ofType('DIPLOMATIC_RELATIONS')),
    agreements,
    meetings: sorted(rows.meetings),
    cooperation,
    support: sorted(ofType('SUPPORTS')),
    sharedOrganizations,
    timeline: sorted(all.filter((fact) => fact.date !== null)),
  };
}
