// The dossier of one pair. The core (facts between the two, visits each way,
// envoys, meetings, agreements, shared organisations) is one query: both
// entities are found by their unique id and every part is a short pattern
// anchored on them, so the work grows with the pair's own facts, not with the
// graph. Two parts whose cost grows with everything a side's officials said,
// or with every article behind the facts, are separate queries the API runs
// only when they are asked for: statements and source articles. The pure
// assembly is src/api/bilateral/assembleDossier.ts.
import { FACT_TYPES_PATTERN } from '../cypherTemplates';
import type { DateRange } from './dateBounds';
import type { PeriodPredicates } from './dateBounds';
import { boundParams, perPeriod } from './dateBounds';
import { articleMap, entityMap, factEntities, relationMap } from './projections';
import type { ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { ArticleRecord, EntityRecord, RelationRecord } from './records';

/** Source articles listed with a dossier at most (newest first); `articleCount` counts them all. */
export const DOSSIER_ARTICLE_LIMIT = 100;

/** Statements listed per side at most (the most recent). */
export const DOSSIER_STATEMENT_LIMIT = 50;

/** Visits and envoys of one side's officials: `side` and `other` name the two nodes. */
function officialsFacts(side: string, other: string, name: string, when: PeriodPredicates): string {
  return `
CALL (${side}, ${other}) {
  MATCH (${other})<-[r:VISITED]-(p:Person)-[:HOLDS_POSITION]->(${side})
  WHERE ${when.overlaps('r')}
  WITH DISTINCT r
  RETURN collect(${relationMap('r')}) AS ${name}Visits
}
CALL (${side}, ${other}) {
  MATCH (${side})<-[h:HOLDS_POSITION]-(p:Person)-[acc:ACCREDITED_TO]->(${other})
  WHERE ${when.heldDuring('h')} AND ${when.heldDuring('acc')}
    AND coalesce(toLower(acc.role) = toLower(h.role), true)
  RETURN collect({position: ${relationMap('h')}, accreditation: ${relationMap('acc')}}) AS ${name}Envoys
}`;
}

export const bilateralDossierQuery = perPeriod(
  (when) => `
OPTIONAL MATCH (a1:Entity {id: $a})
OPTIONAL MATCH (a2:Entity {id: $aAlternative})
OPTIONAL MATCH (b1:Entity {id: $b})
OPTIONAL MATCH (b2:Entity {id: $bAlternative})
WITH coalesce(a1, a2) AS a, coalesce(b1, b2) AS b
WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
CALL (a, b) {
  MATCH (a)-[r:${FACT_TYPES_PATTERN}]-(b)
  WHERE CASE WHEN type(r) IN ['PARTNERSHIP', 'DIPLOMATIC_RELATIONS', 'MEMBER_OF']
    THEN ${when.heldDuring('r')} ELSE ${when.overlaps('r')} END
  RETURN collect(${relationMap('r')}) AS direct
}
${officialsFacts('a', 'b', 'a', when)}
${officialsFacts('b', 'a', 'b', when)}
CALL (a, b) {
  // The meetings of one side's officials hash-joined to the other side's officials
  // (probing each partner for a position in a dense country costs more), dates last.
  MATCH (a)<-[:HOLDS_POSITION]-(p:Person)-[r:MET]-(q:Person)
  MATCH (q)-[:HOLDS_POSITION]->(b)
  USING JOIN ON q
  WITH DISTINCT r
  WHERE ${when.overlaps('r')}
  RETURN collect(${relationMap('r')}) AS meetings
}
CALL (a, b) {
  MATCH (a)-[pa:PARTY_TO]->(agreement:Entity)<-[pb:PARTY_TO]-(b)
  WHERE ${when.overlaps('pa')} OR ${when.overlaps('pb')}
  CALL (agreement) {
    MATCH (:Person)-[s:SIGNED]->(agreement)
    RETURN collect(${relationMap('s')}) AS signatures
  }
  RETURN collect({agreement: agreement.id,
    parties: [${relationMap('pa')}, ${relationMap('pb')}], signatures: signatures}) AS agreements
}
CALL (a, b) {
  MATCH (a)-[ma:MEMBER_OF]->(organization:Entity)<-[mb:MEMBER_OF]-(b)
  WHERE ${when.heldDuring('ma')} AND ${when.heldDuring('mb')}
  WITH organization, collect(DISTINCT ma) AS aMemberships, collect(DISTINCT mb) AS bMemberships
  RETURN collect({organization: organization.id,
    a: [m IN aMemberships | ${relationMap('m')}],
    b: [m IN bMemberships | ${relationMap('m')}]}) AS sharedOrganizations
}
WITH a, b, direct, aVisits, aEnvoys, bVisits, bEnvoys, meetings, agreements, sharedOrganizations,
  direct + aVisits + bVisits + meetings
    + [x IN aEnvoys + bEnvoys | x.position] + [x IN aEnvoys + bEnvoys | x.accreditation]
    + reduce(all = [], x IN agreements | all + x.parties + x.signatures)
    + reduce(all = [], x IN sharedOrganizations | all + x.a + x.b) AS facts
${factEntities('facts')}
RETURN ${entityMap('a')} AS a, ${entityMap('b')} AS b, direct,
  aVisits, aEnvoys, bVisits, bEnvoys, meetings, agreements, sharedOrganizations, entities`,
);

export interface EnvoyRow {
  position: RelationRecord;
  accreditation: RelationRecord;
}

export interface DossierRows {
  a: EntityRecord;
  b: EntityRecord;
  /** Facts between the two ends themselves (any type). */
  direct: RelationRecord[];
  aVisits: RelationRecord[];
  aEnvoys: EnvoyRow[];
  bVisits: RelationRecord[];
  bEnvoys: EnvoyRow[];
  meetings: RelationRecord[];
  agreements: {
    /** The agreement's id (its record is among `entities`). */
    agreement: string;
    parties: RelationRecord[];
    signatures: RelationRecord[];
  }[];
  sharedOrganizations: {
    organization: string;
    a: RelationRecord[];
    b: RelationRecord[];
  }[];
  /** Every entity the facts name (ends, areas, agreements, organisations). */
  entities: EntityRecord[];
}

/** A side of the pair: an id, and another id to use when the first is not stored. */
export interface SideIds {
  id: string;
  alternative: string;
}

/**
 * Null when a side is stored under neither of its ids, or both sides are the
 * same entity. (Scalar parameters: list sizes would key separate query plans.)
 */
export async function readBilateralDossier(
  runner: ReadRunner,
  a: SideIds,
  b: SideIds,
  range: DateRange,
): Promise<DossierRows | null> {
  const [row] = await runner.read<DossierRows>(bilateralDossierQuery(range), {
    a: a.id,
    aAlternative: a.alternative,
    b: b.id,
    bAlternative: b.alternative,
    ...boundParams(range),
  });
  return row ?? null;
}

/**
 * Statements of one side's officials that the article reporting them shows to
 * concern the other side (it mentions it), newest first; the scan stops at
 * `first`. A Statement is mentioned by the articles that report it, and an
 * article lists the ids it mentions (`entityIds`), so the check is one short
 * expand and a property read. Its cost grows with what the side's officials
 * said: the API runs it only when statements are asked for.
 */
export const sideStatementsQuery = perPeriod(
  (when) => `
UNWIND $pairs AS pair
MATCH (side:Entity {id: pair.side}), (other:Entity {id: pair.other})
CALL (side, other) {
  MATCH (side)<-[:HOLDS_POSITION]-(p:Person)
  WITH DISTINCT p, other
  MATCH (p)-[r:STATED]->(statement:Statement)
  WHERE ${when.overlaps('r')}
  WITH r, statement, other ORDER BY r.date DESC, r.key
  WHERE EXISTS {
    MATCH (statement)<-[:MENTIONS]-(art:Article) WHERE other.id IN art.entityIds
  }
  WITH r LIMIT $first
  RETURN collect(${relationMap('r')}) AS statements
}
${factEntities('statements')}
RETURN pair.side AS side, pair.other AS other, statements, entities`,
);

export interface SideStatements {
  side: string;
  other: string;
  statements: RelationRecord[];
  entities: EntityRecord[];
}

/** Statements for several (side, other) pairs sharing one period and limit, in one round trip. */
export async function readSideStatements(
  runner: ReadRunner,
  pairs: readonly { side: string; other: string }[],
  range: DateRange,
  first: number,
): Promise<SideStatements[]> {
  return runner.read<SideStatements>(sideStatementsQuery(range), {
    pairs: pairs.map(({ side, other }) => ({ side, other })),
    ...boundParams(range),
    first: int(first),
  });
}

/**
 * The articles behind a set of facts: how many, and the newest `first`. Each
 * Evidence node names its article (`articleId`), so only the distinct
 * articles are looked up, each by its unique id.
 */
export const FACT_ARTICLES = `
UNWIND $keys AS key
MATCH (ev:Evidence {factKey: key})
WITH DISTINCT ev.articleId AS articleId
MATCH (art:Article {id: articleId})
WITH art ORDER BY art.publishedAt DESC, art.id
// Collect the nodes (references), project only the ones returned.
WITH collect(art) AS found
RETURN size(found) AS articleCount, [art IN found[0..$first] | ${articleMap('art')}] AS articles`;

export async function readFactArticles(
  runner: ReadRunner,
  factKeys: readonly string[],
  first: number,
): Promise<{ articleCount: number; articles: ArticleRecord[] }> {
  if (factKeys.length === 0) return { articleCount: 0, articles: [] };
  const [row] = await runner.read<{ articleCount: number; articles: ArticleRecord[] }>(
    FACT_ARTICLES,
    { keys: [...factKeys], first: int(first) },
  );
  return row ?? { articleCount: 0, articles: [] };
}
