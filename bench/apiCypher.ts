// The Cypher the API runs for each bench query, with the parameters it would
// pass: what the EXPLAIN check looks at on the API's side.
import {
  bilateralDossierQuery,
  DOSSIER_ARTICLE_LIMIT,
  DOSSIER_STATEMENT_LIMIT,
  FACT_ARTICLES,
  sideStatementsQuery,
} from '../src/graph/queries/bilateralQuery';
import { boundParams } from '../src/graph/queries/dateBounds';
import { ENTITIES_BY_ID, SEARCH_ENTITIES } from '../src/graph/queries/entityQueries';
import { toLuceneQuery } from '../src/graph/queries/luceneQuery';
import { shortestPathsQuery } from '../src/graph/queries/pathQuery';
import { int } from '../src/graph/queries/readRunner';
import { timelineQuery } from '../src/graph/queries/timelineQuery';
import type { QueryParams } from './benchQueries';
import { PATH_FIRST, PATH_HOPS, TIMELINE_FIRST } from './benchQueries';

export interface CypherCall {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Per bench query, the queries the API sends for it (the dossier is several:
 * core, statements, sources). `factKeys`: the dossier's facts, for the sources query.
 */
export function apiCypher(
  p: QueryParams,
  factKeys: readonly string[] = [],
): Record<string, CypherCall[]> {
  const calls: Record<string, CypherCall> = {
    search: {
      cypher: SEARCH_ENTITIES,
      params: { query: toLuceneQuery(p.searchWord), kind: null, skip: int(0), limit: int(11) },
    },
    country: { cypher: ENTITIES_BY_ID, params: { ids: [p.countryA] } },
    bilateral: {
      cypher: bilateralDossierQuery({}),
      params: {
        a: p.countryA,
        aAlternative: p.countryA,
        b: p.countryB,
        bAlternative: p.countryB,
        ...boundParams({}),
      },
    },
    timeline: {
      cypher: timelineQuery(null),
      params: { ids: [p.countryA], ...boundParams({}), first: int(TIMELINE_FIRST) },
    },
    path: {
      cypher: shortestPathsQuery(PATH_HOPS, null),
      params: { from: p.personA, to: p.personB, limit: int(PATH_FIRST) },
    },
  };
  const statements: CypherCall = {
    cypher: sideStatementsQuery({}),
    params: {
      pairs: [
        { side: p.countryA, other: p.countryB },
        { side: p.countryB, other: p.countryA },
      ],
      ...boundParams({}),
      first: int(DOSSIER_STATEMENT_LIMIT),
    },
  };
  const sources: CypherCall = {
    cypher: FACT_ARTICLES,
    params: { keys: [...factKeys], first: int(DOSSIER_ARTICLE_LIMIT) },
  };
  return Object.fromEntries(
    Object.entries(calls).map(([name, call]) => [
      name,
      name === 'bilateral' ? [call, statements, sources] : [call],
    ]),
  );
}
