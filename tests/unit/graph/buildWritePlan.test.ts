import { articleIdentity } from '../../../src/graph/model/articleIdentity';
import type { WritePlan } from '../../../src/graph/plan/buildWritePlan';
import {
  buildWritePlan,
  combineArticlePlans,
  incrementalEntityUpdates,
  incrementalFactUpdates,
  stateFacts,
} from '../../../src/graph/plan/buildWritePlan';
import type { EntityProps } from '../../../src/graph/model/entityName';
import { sourceKey } from '../../../src/graph/model/entityName';
import type { Statement } from '../../../src/graph/statement';
import { storedFactSummary, summariseFact } from '../../../src/graph/model/summariseFact';
import {
  MERGE_ENTITIES,
  MERGE_FACTS,
  UPSERT_ARTICLES,
  UPSERT_EVIDENCE,
  UPSERT_MENTIONS,
} from '../../../src/graph/plan/writeCypher';
import type { Extraction, Relation } from '../../../src/ingest/types';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../src/ingest/types';
import { declarationExtraction, seedExtraction } from '../../fixtures/graph/extractions';

const plan = (extraction: Extraction) => buildWritePlan(extraction, articleIdentity(extraction));

/** The statements of the first round trip, in the order the writer sends them. */
const statements = (written: WritePlan) =>
  [written.articles, written.mergeEntities, written.mentions].filter(
    (statement): statement is Statement => statement !== null,
  );

describe('buildWritePlan', () => {
  const seed = seedExtraction();

  it('writes the article, then entities of every kind in one statement, mentions, facts and evidence', () => {
    const result = plan(seed);
    expect(statements(result).map((statement) => statement.query)).toEqual([
      UPSERT_ARTICLES,
      MERGE_ENTITIES,
      UPSERT_MENTIONS,
    ]);
    const rows = result.mergeEntities?.params.rows as Record<string, unknown[]>;
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
    for (const { query } of [...statements(result), result.mergeFacts!, result.evidence!]) {
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
    const mentions = plan(seed).mentions?.params.rows as {
      entityId: string;
      aliases: string[];
      starts: number[];
    }[];
    const china = mentions.find((row) => row.entityId === 'CHN');
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
    const mentions = result.mentions?.params.rows as { entityId: string; aliases: string[] }[];
    const aze = mentions.filter((row) => row.entityId === 'AZE');
    expect(aze).toHaveLength(1);
    expect(aze[0]?.aliases).toEqual(expect.arrayContaining(['AR', 'Azerbaijan Republic']));
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
    for (const { query } of [...statements(result), result.mergeFacts!]) {
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
    expect(rows.COOPERATES_ON?.[0]?.props).toMatchObject({ evidenceCount: 1 });
    // Events are merged per occurrence after the write (derive/reconcileEvents), not here.
    expect(rows.MET).toEqual([]);
    expect(result.eventSeries).toContain('MET|ilham-aliyev|xi-jinping');
    const written = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
    expect(written).toBe(stateFacts(result.facts).length);
  });
});

describe('incrementalEntityUpdates', () => {
  it('folds the article’s naming into the stored one: the earliest source names the entity', () => {
    const result = plan(declarationExtraction());
    const china = result.entities.find((entity) => entity.id === 'CHN')!;
    const earlier = {
      name: 'PRC',
      aliases: ['Beijing'],
      wikidata: null,
      nameSource: sourceKey('2001-01-01', 'sha256:old'),
      wikidataSource: null,
    };
    const statement = incrementalEntityUpdates(result, new Map([['CHN', earlier]]));
    const rows = statement.params.rows as ({ id: string } & EntityProps)[];
    const row = rows.find((item) => item.id === 'CHN');
    expect(row).toMatchObject({ name: 'PRC', nameSource: earlier.nameSource });
    expect(row?.aliases).toEqual(
      expect.arrayContaining(['Beijing', china.naming.name, ...china.naming.aliases]),
    );
    // An entity stored under no name yet (or not at all) takes the article's naming.
    const fresh = incrementalEntityUpdates(result, new Map([['CHN', null]]));
    const freshRows = fresh.params.rows as ({ id: string } & EntityProps)[];
    expect(freshRows.find((item) => item.id === 'CHN')).toEqual({ id: 'CHN', ...china.naming });
    expect(rows).toHaveLength(result.entities.length);
  });
});

describe('combineArticlePlans', () => {
  const seed = plan(seedExtraction());
  const declaration = plan(declarationExtraction());
  const combined = combineArticlePlans([declaration, seed]);

  it('writes several articles with the statements of one', () => {
    expect(statements(combined).map((statement) => statement.query)).toEqual([
      UPSERT_ARTICLES,
      MERGE_ENTITIES,
      UPSERT_MENTIONS,
    ]);
    const articles = combined.articles.params.articles as { id: string }[];
    expect(articles.map((article) => article.id)).toEqual([declaration.articleId, seed.articleId]);
    const mentions = combined.mentions?.params.rows as unknown[];
    expect(mentions).toHaveLength(seed.entityIds.length + declaration.entityIds.length);
    const evidence = combined.evidence?.params.rows as { articleId: string }[];
    expect(evidence).toHaveLength(seed.evidenceCount + declaration.evidenceCount);
  });

  it('gives a shared entity one row, named by the earliest-published article, with every form', () => {
    const rows = combined.mergeEntities?.params.rows as Record<string, { id: string }[]>;
    const countries = rows.Country ?? [];
    expect(countries.filter((row) => row.id === 'AZE')).toHaveLength(1);
    const [earliest] = [seed, declaration].sort((a, b) =>
      a.parts.source < b.parts.source ? -1 : 1,
    );
    const china = combined.entities.find((entity) => entity.id === 'CHN')?.naming;
    expect(china?.nameSource).toBe(earliest?.parts.source);
    const forms = (p: typeof seed) =>
      p.parts.entities
        .filter((entity) => entity.id === 'CHN')
        .flatMap((entity) => [entity.name, ...entity.aliases]);
    expect(new Set([china?.name, ...(china?.aliases ?? [])])).toEqual(
      new Set([...forms(seed), ...forms(declaration)]),
    );
  });

  it('gives a fact asserted by both articles one row and all its evidence', () => {
    const partnership = combined.facts.filter((fact) => fact.type === 'PARTNERSHIP');
    expect(partnership).toHaveLength(1);
    expect(new Set(partnership[0]?.evidence.map((item) => item.articleId))).toEqual(
      new Set([seed.articleId, declaration.articleId]),
    );
    const update = incrementalFactUpdates(combined, new Map());
    const rows = update.params.rows as Record<
      string,
      { props: Record<string, unknown>; articleIds: string[] }[]
    >;
    expect(rows.PARTNERSHIP?.[0]).toMatchObject({
      props: { articleCount: 2, evidenceCount: 2 },
      articleIds: [seed.articleId, declaration.articleId].sort(),
    });
  });
});
