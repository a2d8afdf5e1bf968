import { articleIdentity } from '../../../src/graph/articleIdentity';
import { buildWritePlan, incrementalFactUpdates } from '../../../src/graph/buildWritePlan';
import { storedFactSummary, summariseFact } from '../../../src/graph/summariseFact';
import {
  MERGE_FACTS,
  UPSERT_ARTICLE,
  UPSERT_ENTITIES,
  UPSERT_EVIDENCE,
} from '../../../src/graph/cypher';
import type { Extraction, Relation } from '../../../src/ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ingest/types';
import { declarationExtraction, seedExtraction } from '../../fixtures/graph/extractions';

const plan = (extraction: Extraction) => buildWritePlan(extraction, articleIdentity(extraction));

describe('buildWritePlan', () => {
  const seed = seedExtraction();

  it('writes the article, then entities of every kind in one statement, then facts and evidence', () => {
    const result = plan(seed);
    expect(result.statements.map((statement) => statement.query)).toEqual([
      UPSERT_ARTICLE,
      UPSERT_ENTITIES,
    ]);
    const rows = result.statements[1]?.params.rows as Record<string, unknown[]>;
    const kindsWritten = Object.entries(rows)
      .filter(([, list]) => list.length > 0)
      .map(([kind]) => kind)
      .sort();
    expect(kindsWritten).toEqual([
      'Agreement',
      'Country',
      'Initiative',
      'Organization',
      'Person',
      'Topic',
    ]);
    expect(Object.keys(rows).sort()).toEqual([...ENTITY_KINDS].sort());
    expect(result.mergeFacts?.query).toBe(MERGE_FACTS);
    const factRows = result.mergeFacts?.params.rows as Record<string, unknown[]>;
    expect(Object.keys(factRows).sort()).toEqual([...RELATION_TYPES].sort());
    expect(factRows.COOPERATES_ON).toHaveLength(6);
    expect(result.evidence?.query).toBe(UPSERT_EVIDENCE);
  });

  it('has one fact per key and one evidence per asserting span', () => {
    const result = plan(seed);
    expect(result.facts).toHaveLength(16);
    expect(result.evidenceCount).toBe(16);
    expect(result.entityIds).toHaveLength(12);
    expect(result.skipped).toEqual([]);
  });

  it('puts every value in parameters, never in the query text', () => {
    const result = plan(seed);
    for (const { query } of [...result.statements, result.mergeFacts!, result.evidence!]) {
      for (const value of ['CHN', 'lu-mei', 'Lu Mei', 'sha256:', '2025', 'Ambassador']) {
        expect(query).not.toContain(value);
      }
    }
  });

  it('stores symmetric facts in canonical order and keeps directed ones as stated', () => {
    const evidence = plan(seed).evidence?.params.rows as {
      type: string;
      from: string;
      to: string;
    }[];
    const partnership = evidence.find((row) => row.type === 'PARTNERSHIP');
    expect(partnership).toMatchObject({ from: 'AZE', to: 'CHN' });
    const supports = evidence
      .filter((row) => row.type === 'SUPPORTS')
      .map((row) => `${row.from}>${row.to}`);
    expect(supports.sort()).toEqual(['AZE>CHN', 'CHN>AZE']);
  });

  it('records mentions with their offsets and every surface form', () => {
    const entities = plan(seed).statements[1]?.params.rows as Record<
      string,
      { id: string; aliases: string[]; starts: number[] }[]
    >;
    const china = entities.Country?.find((row) => row.id === 'CHN');
    expect(china?.aliases).toEqual(['Beijing', 'Chinese', 'PRC', "People's Republic of China"]);
    expect(china?.starts.length).toBeGreaterThan(5);
  });

  it('merges duplicate entities and keeps the more confident reading of a duplicated span', () => {
    const base = declarationExtraction();
    const [first] = base.relations;
    const duplicate = { ...(first as Relation), confidence: 0.99 };
    const extraction: Extraction = {
      ...base,
      entities: [
        ...base.entities,
        { ...base.entities[0]!, name: 'Azerbaijan Republic', aliases: ['AR'] },
      ],
      relations: [...base.relations, duplicate],
    };
    const result = plan(extraction);
    expect(result.entityIds.filter((id) => id === 'AZE')).toHaveLength(1);
    expect(result.evidenceCount).toBe(base.relations.length);
    const evidence = result.evidence?.params.rows as {
      factKey: string;
      confidence: number;
    }[];
    expect(evidence.find((row) => row.confidence === 0.99)).toBeDefined();
    const entities = result.statements[1]?.params.rows as Record<string, unknown[]>;
    const aze = (entities.Country as { id: string; aliases: string[] }[]).find(
      (row) => row.id === 'AZE',
    );
    expect(aze?.aliases).toEqual(expect.arrayContaining(['AR', 'Azerbaijan Republic']));
  });

  it('skips, and says why, what the ontology does not allow', () => {
    const base = seedExtraction();
    const evidence = base.relations[0]!.evidence;
    const extraction = {
      ...base,
      entities: [
        ...base.entities,
        { id: 'x', kind: 'Planet', name: 'Mars', aliases: [], mentions: [] },
      ],
      relations: [
        ...base.relations,
        { type: 'INVADED', from: 'CHN', to: 'AZE', confidence: 1, evidence },
        { type: 'MET', from: 'lu-mei', to: 'nobody', confidence: 1, evidence },
        { type: 'MET', from: 'lu-mei', to: 'lu-mei', confidence: 1, evidence },
      ],
    } as unknown as Extraction;
    const result = plan(extraction);
    expect(result.skipped.map((item) => item.reason)).toEqual([
      'invalid kind or empty id/name',
      'relation type not in the ontology',
      'an end is not among the entities',
      'a fact needs two different ends',
    ]);
    expect(result.facts).toHaveLength(16);
    for (const { query } of [...result.statements, result.mergeFacts!]) {
      expect(query).not.toMatch(/Planet|INVADED/);
    }
  });

  it('drops a malformed date rather than storing it', () => {
    const base = seedExtraction();
    const extraction: Extraction = {
      ...base,
      relations: base.relations.map((relation) => ({ ...relation, date: 'last year' })),
    };
    const rows = plan(extraction).evidence?.params.rows as {
      date: unknown;
      dateSource: unknown;
    }[];
    expect(rows.every((row) => row.date === null && row.dateSource === null)).toBe(true);
  });

  it('folds the article’s evidence into stored summaries, creating new facts from nothing', () => {
    const result = plan(declarationExtraction());
    const partnership = result.facts.find((fact) => fact.type === 'PARTNERSHIP')!;
    const stored = summariseFact([
      { ...partnership.evidence[0]!, articleId: 'sha256:seed', date: '2025', confidence: 0.8 },
    ]);
    // As MERGE_FACTS returns it: without the article list.
    const readBack = storedFactSummary({ ...stored, articleIds: null });
    const statement = incrementalFactUpdates(result, new Map([[partnership.key, readBack]]));
    const rows = statement.params.rows as Record<
      string,
      { key: string; props: Record<string, unknown>; articleIds: string[] }[]
    >;
    expect(rows.PARTNERSHIP?.[0]).toMatchObject({
      props: { date: '2025-04-23', evidenceCount: 2, articleCount: 2, confidence: 0.95 },
      // Neo4j adds this article's id to the stored list (the stored summary came without it).
      articleIds: [result.articleId],
      replace: false,
    });
    expect(rows.MET?.[0]?.props).toMatchObject({ evidenceCount: 1, date: '2025-04-23' });
    const written = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
    expect(written).toBe(result.facts.length);
  });
});
