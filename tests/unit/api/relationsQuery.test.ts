import {
  entityRelationsQuery,
  relationsCountQuery,
  relationsPageQuery,
} from '../../../src/graph/queries/relationQueries';
import { shortestPathsQuery } from '../../../src/graph/queries/pathQuery';
import { factTypePattern } from '../../../src/graph/queries/factTypePattern';
import type { RelationType } from '../../../src/ingest/types';

describe('relation query texts', () => {
  it('keep every value in parameters', () => {
    const { query, params } = relationsPageQuery(
      { between: ['CHN', "AZE') DETACH DELETE n //"], from: '2025-03-01', minConfidence: 0.5 },
      'DATE_DESC',
      { value: '2025-04', key: "k'); MATCH (x" },
      21,
    );
    expect(query).not.toMatch(/AZE'|DETACH|k'\)|2025-03|0\.5/);
    expect(params).toMatchObject({
      a: 'CHN',
      b: "AZE') DETACH DELETE n //",
      low: '2025-03-01',
      minConfidence: 0.5,
      afterValue: '2025-04',
      afterKey: "k'); MATCH (x",
    });
  });

  it('anchor on the given entities', () => {
    expect(relationsPageQuery({ entity: 'CHN' }, 'DATE_ASC', null, 5).query).toMatch(
      /MATCH \(x:Entity \{id: \$entity\}\)-\[r:[A-Z_|]+\]-\(y:Entity\)/,
    );
    expect(relationsCountQuery({}).query).toMatch(
      /MATCH \(x:Entity\)-\[r:[A-Z_|]+\]->\(y:Entity\)/,
    );
  });

  it('continue after the keyset in the order asked for', () => {
    const keyset = { value: 0.8, key: 'k' };
    expect(relationsPageQuery({}, 'CONFIDENCE_DESC', keyset, 5).query).toContain(
      'r.confidence < $afterValue OR (r.confidence = $afterValue AND r.key > $afterKey)',
    );
    expect(relationsPageQuery({}, 'DATE_ASC', { value: '2025', key: 'k' }, 5).query).toContain(
      "coalesce(r.date, '~') > $afterValue",
    );
  });

  it('put only allow-listed relation types into the text', () => {
    expect(factTypePattern(['VISITED', 'MET'])).toBe('VISITED|MET');
    expect(factTypePattern(null).split('|')).toHaveLength(13);
    expect(() => factTypePattern(['DROP' as RelationType])).toThrow(RangeError);
    expect(entityRelationsQuery({ types: ['SIGNED'], first: 5 })).toContain('[r:SIGNED]');
  });

  it('bound path length by an integer from 1 to 4', () => {
    expect(shortestPathsQuery(3)).toMatch(/\*\.\.3\]/);
    for (const bad of [0, 5, 2.5, Number.NaN])
      expect(() => shortestPathsQuery(bad)).toThrow(RangeError);
  });
});
