import { byKind, byType } from '../../../src/graph/cypherTemplates';
import { DELETE_FACTS, SET_FACT_PROPS } from '../../../src/graph/plan/summaryStatements';
import { MERGE_FACTS, MERGE_ENTITIES } from '../../../src/graph/plan/writeCypher';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ingest/types';

describe('Cypher templates', () => {
  it('name every allowed relation type, and nothing else, in the fact statements', () => {
    for (const query of [MERGE_FACTS, SET_FACT_PROPS, DELETE_FACTS]) {
      const named = [...query.matchAll(/\[r:([A-Z_]+)/g)].map((match) => match[1]);
      expect(named).toEqual([...RELATION_TYPES]);
    }
  });

  it('set every allowed label, and nothing else, in the entity statement', () => {
    const labels = [...MERGE_ENTITIES.matchAll(/ON CREATE SET e:(\w+), e\.kind = '(\w+)'/g)];
    expect(labels.map((match) => match[1])).toEqual([...ENTITY_KINDS]);
    expect(labels.every((match) => match[1] === match[2])).toBe(true);
  });

  it('take every value as a parameter', () => {
    for (const query of [MERGE_FACTS, MERGE_ENTITIES, SET_FACT_PROPS]) {
      expect(query).toMatch(/\$rows/);
      expect(query).not.toMatch(/"/);
    }
  });

  it('key parameters by every allowed label or type, empty lists where nothing is written', () => {
    const rows = byType(new Map([['MET', [1]]]));
    expect(Object.keys(rows).sort()).toEqual([...RELATION_TYPES].sort());
    expect(rows.MET).toEqual([1]);
    expect(rows.VISITED).toEqual([]);
    expect(Object.keys(byKind(new Map())).sort()).toEqual([...ENTITY_KINDS].sort());
  });
});
