// The five hot queries, each twice: as the API's GraphQL operation and as
// hand-written Cypher run straight through neo4j-driver (served by
// rawServerMain.ts). `canonical` reduces either answer to the same projection,
// so the harness can check both sides agree before timing them.
import type { Driver } from 'neo4j-driver';

export interface QueryParams {
  countryA: string;
  countryB: string;
  personA: string;
  personB: string;
  searchWord: string;
}

export interface BenchQuery {
  name: string;
  label: string;
  graphql: { query: string; variables: Record<string, unknown> };
  raw: { cypher: string; params: Record<string, unknown> };
  /** Canonical projection of the GraphQL `data`. */
  canonicalGraphql(data: Record<string, unknown>): unknown;
  /** Canonical projection of the raw rows (records as plain objects). */
  canonicalRaw(rows: Record<string, unknown>[]): unknown;
}

/** The fact relationship types (docs/ontology.md): paths go through facts, never articles. */
const FACT_TYPES =
  'HOLDS_POSITION|ACCREDITED_TO|MEMBER_OF|VISITED|MET|SIGNED|PARTY_TO|PARTNERSHIP|' +
  'DIPLOMATIC_RELATIONS|COOPERATES_ON|SUPPORTS|STATED|ATTENDED';

export const TIMELINE_FIRST = 50;
export const PATH_FIRST = 5;
export const PATH_HOPS = 3;

/** Picks parameters from the loaded graph: the busiest country pair and its best-known officials. */
export async function pickQueryParams(driver: Driver, database: string): Promise<QueryParams> {
  const read = async (cypher: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypher, params, { database })).records[0];
  const pair = await read(`
MATCH (a:Country)-[r]-(b:Country) WHERE a.id < b.id
RETURN a.id AS a, b.id AS b, count(r) AS n ORDER BY n DESC, a, b LIMIT 1`);
  if (!pair) throw new Error('the graph holds no pair of countries with a fact between them');
  const official = async (country: string) =>
    read(
      `MATCH (p:Person)-[:HOLDS_POSITION]->(:Country {id: $country})
       RETURN p.id AS id, p.name AS name
       ORDER BY COUNT { (p)<-[:MENTIONS]-() } DESC, p.id LIMIT 1`,
      { country },
    );
  const countryA = pair.get('a') as string;
  const countryB = pair.get('b') as string;
  const personA = await official(countryA);
  const personB = await official(countryB);
  if (!personA || !personB) throw new Error(`no official of ${countryA} or ${countryB}`);
  const name = personA.get('name') as string;
  return {
    countryA,
    countryB,
    personA: personA.get('id') as string,
    personB: personB.get('id') as string,
    searchWord: name.split(/\s+/).at(-1) ?? name,
  };
}

const ids = (items: unknown): string[] =>
  (items as { id?: string; key?: string }[]).map((item) => item.id ?? item.key ?? '');

const keysOf = (items: unknown): string[] => ids(items).sort();

export function benchQueries(p: QueryParams): BenchQuery[] {
  const lucene = p.searchWord.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
  return [
    {
      name: 'search',
      label: `entity search "${p.searchWord}"`,
      graphql: {
        query: `query($q: String!) { entities(search: $q, first: 10) { edges { node { id name kind } } } }`,
        variables: { q: p.searchWord },
      },
      raw: {
        cypher: `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score ORDER BY score DESC, node.id LIMIT 10
RETURN node.id AS id, node.name AS name, node.kind AS kind`,
        params: { query: `(${lucene} OR ${lucene}*)` },
      },
      canonicalGraphql: (data) =>
        ids((data.entities as { edges: { node: unknown }[] }).edges.map((edge) => edge.node)),
      canonicalRaw: (rows) => ids(rows),
    },
    {
      name: 'country',
      label: `country(${p.countryA})`,
      graphql: {
        query: `query($id: String!) { country(id: $id) { id name kind aliases articleCount } }`,
        variables: { id: p.countryA },
      },
      raw: {
        cypher: `
MATCH (e:Country {id: $id})
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  COUNT { (e)<-[:MENTIONS]-() } AS articleCount`,
        params: { id: p.countryA },
      },
      canonicalGraphql: (data) => {
        const c = data.country as { id: string; name: string; articleCount: number };
        return [c.id, c.name, c.articleCount];
      },
      canonicalRaw: (rows) => {
        const c = rows[0] as { id: string; name: string; articleCount: number };
        return [c.id, c.name, c.articleCount];
      },
    },
    {
      name: 'bilateral',
      label: `bilateral(${p.countryA}, ${p.countryB})`,
      graphql: {
        query: `query($a: String!, $b: String!) { bilateral(a: $a, b: $b) {
  articleCount
  direct { key type date }
  meetings { key date }
  agreements { agreement { id name } date }
  sharedOrganizations { organization { id } }
  a { entity { id } visits { key date } statements { key } envoys { person { id } } }
  b { entity { id } visits { key date } statements { key } envoys { person { id } } }
  articles { id title publishedAt }
} }`,
        variables: { a: p.countryA, b: p.countryB },
      },
      raw: { cypher: RAW_DOSSIER, params: { a: p.countryA, b: p.countryB } },
      canonicalGraphql: (data) => {
        const d = data.bilateral as Record<string, unknown>;
        return {
          articleCount: d.articleCount,
          direct: keysOf(d.direct),
          meetings: keysOf(d.meetings),
          agreements: ids(
            (d.agreements as { agreement: unknown }[]).map((x) => x.agreement),
          ).sort(),
          organizations: ids(
            (d.sharedOrganizations as { organization: unknown }[]).map((x) => x.organization),
          ).sort(),
        };
      },
      canonicalRaw: (rows) => {
        const d = rows[0] as Record<string, unknown>;
        return {
          articleCount: d.articleCount,
          direct: keysOf(d.direct),
          meetings: keysOf(d.meetings),
          agreements: ids(d.agreements).sort(),
          organizations: [...(d.organizations as string[])].sort(),
        };
      },
    },
    {
      name: 'timeline',
      label: `timeline([${p.countryA}], first ${TIMELINE_FIRST})`,
      graphql: {
        query: `query($ids: [ID!]!) { timeline(entityIds: $ids, first: ${TIMELINE_FIRST}) {
  key type date from { id } to { id } } }`,
        variables: { ids: [p.countryA] },
      },
      raw: {
        cypher: `
MATCH (:Entity {id: $id})-[r:${FACT_TYPES}]-(:Entity)
WHERE r.date IS NOT NULL
WITH DISTINCT r
ORDER BY r.date + substring('-00-00', size(r.date) - 4), type(r), r.key
LIMIT ${TIMELINE_FIRST}
RETURN r.key AS key, type(r) AS type, r.date AS date,
  startNode(r).id AS \`from\`, endNode(r).id AS \`to\``,
        params: { id: p.countryA },
      },
      canonicalGraphql: (data) => ids(data.timeline),
      canonicalRaw: (rows) => ids(rows),
    },
    {
      name: 'path',
      label: `path(${p.personA} → ${p.personB}, ≤${PATH_HOPS} hops)`,
      graphql: {
        query: `query($from: String!, $to: String!) {
  path(from: $from, to: $to, maxHops: ${PATH_HOPS}, first: ${PATH_FIRST}) {
    length entities { id } steps { relation { key } } } }`,
        variables: { from: p.personA, to: p.personB },
      },
      raw: {
        cypher: `
MATCH (s:Entity {id: $from}), (t:Entity {id: $to})
MATCH p = allShortestPaths((s)-[:${FACT_TYPES}*..${PATH_HOPS}]-(t))
WITH p LIMIT ${PATH_FIRST}
RETURN length(p) AS length, [n IN nodes(p) | n.id] AS nodes,
  [r IN relationships(p) | r.key] AS keys`,
        params: { from: p.personA, to: p.personB },
      },
      // Which of several equally short paths LIMIT keeps is not defined: compare count and length.
      canonicalGraphql: (data) => {
        const paths = data.path as { length: number }[];
        return { count: paths.length, lengths: paths.map((x) => x.length) };
      },
      canonicalRaw: (rows) => ({
        count: rows.length,
        lengths: rows.map((row) => row.length as number),
      }),
    },
  ];
}

/** One side's officials' facts towards the other side (visits, statements, envoys). */
function sideFacts(side: string, other: string, name: string): string {
  return `
CALL (${side}, ${other}) {
  MATCH (${other})<-[r:VISITED]-(:Person)-[:HOLDS_POSITION]->(${side})
  RETURN collect(DISTINCT r.key) AS ${name}Visits
}
CALL (${side}, ${other}) {
  MATCH (${side})<-[:HOLDS_POSITION]-(:Person)-[r:STATED]->(:Statement)
  WHERE EXISTS { MATCH (:Evidence {factKey: r.key})-[:FROM]->(:Article)-[:MENTIONS]->(${other}) }
  RETURN collect(DISTINCT r.key) AS ${name}Statements
}
CALL (${side}, ${other}) {
  MATCH (${side})<-[h:HOLDS_POSITION]-(:Person)-[acc:ACCREDITED_TO]->(${other})
  WHERE coalesce(toLower(acc.role) = toLower(h.role), true)
  RETURN collect(h.key) + collect(acc.key) AS ${name}Envoys
}`;
}

/**
 * The pair dossier written by hand: every part the API's dossier draws on,
 * then the sources of its facts (statements are listed but, as in the API,
 * not counted among the sources).
 */
const RAW_DOSSIER = `
MATCH (a:Entity {id: $a}), (b:Entity {id: $b})
CALL (a, b) {
  MATCH (a)-[r:${FACT_TYPES}]-(b)
  RETURN collect({key: r.key, type: type(r), date: r.date}) AS direct
}
${sideFacts('a', 'b', 'a')}
${sideFacts('b', 'a', 'b')}
CALL (a, b) {
  MATCH (a)<-[:HOLDS_POSITION]-(:Person)-[r:MET]-(:Person)-[:HOLDS_POSITION]->(b)
  RETURN collect(DISTINCT {key: r.key, date: r.date}) AS meetings
}
CALL (a, b) {
  MATCH (a)-[pa:PARTY_TO]->(g:Entity)<-[pb:PARTY_TO]-(b)
  OPTIONAL MATCH (:Person)-[s:SIGNED]->(g)
  WITH g, pa, pb, collect(s.key) AS signed
  RETURN collect({id: g.id, name: g.name}) AS agreements,
    reduce(all = [], x IN collect([pa.key, pb.key] + signed) | all + x) AS agreementKeys
}
CALL (a, b) {
  MATCH (a)-[ma:MEMBER_OF]->(o:Entity)<-[mb:MEMBER_OF]-(b)
  RETURN collect(DISTINCT o.id) AS organizations, collect(ma.key) + collect(mb.key) AS memberKeys
}
WITH direct, meetings, agreements, organizations, aStatements, bStatements,
  [x IN direct | x.key] + aVisits + bVisits + aEnvoys + bEnvoys
    + [x IN meetings | x.key] + agreementKeys + memberKeys AS keys
CALL (keys) {
  UNWIND keys AS key
  WITH DISTINCT key
  MATCH (:Evidence {factKey: key})-[:FROM]->(art:Article)
  WITH DISTINCT art ORDER BY art.publishedAt DESC, art.id
  RETURN count(art) AS articleCount, collect(art {.id, .title, .publishedAt})[0..20] AS articles
}
RETURN direct, meetings, agreements, organizations, aStatements, bStatements, keys,
  articleCount, articles`;
