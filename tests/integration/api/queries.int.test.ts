// The read API on a hand-written graph (handmadeWorld.ts): filters, dates at
// mixed precision, cursors, search, officials at a date, errors, and the
// number of Cypher round trips nested fields cost.
import type { Driver } from 'neo4j-driver';
import { lowerBound } from '../../../src/graph/queries/dateBounds';
import type { Extraction } from '../../../src/ingest/types';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import type { TestApi } from './apiHarness';
import { createTestApi, freshGraph } from './apiHarness';
import { ENVOY_COUNT, writeHandmadeWorld } from './handmadeWorld';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

let driver: Driver;
let api: TestApi;
let articles: Extraction[];

beforeAll(async () => {
  driver = testDriver();
  await freshGraph(driver, testDatabase());
  articles = await writeHandmadeWorld(driver, testDatabase());
  api = createTestApi(driver, testDatabase());
});

afterAll(async () => {
  await closeTestDriver();
});

async function data(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const result = await api.run<Answer>(query, { variables });
  expect(result.errors).toBeUndefined();
  return result.data;
}

async function errorOf(query: string, variables?: Record<string, unknown>) {
  const result = await api.run(query, { variables });
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0];
}

const RELATIONS = `query ($filter: RelationFilterInput, $first: Int, $after: String, $order: RelationOrder) {
  relations(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { key type date precision confidence from { id } to { id } qualifiers { level } } }
  }
}`;

describe('dates at mixed precision', () => {
  it('a filter from 2025-03-01 keeps facts dated 2025 and 2025-04-23, not 2025-02 or 2024-12-31 or undated', async () => {
    const { relations } = await data(RELATIONS, {
      filter: { between: ['NOR', 'CHL'], from: '2025-03-01' },
      first: 60,
    });
    const found = relations.edges.map((e: Answer) => `${e.node.type} ${e.node.date}`);
    expect(found.sort()).toEqual(['PARTNERSHIP 2025']);
    const wider = await data(RELATIONS, {
      filter: { between: ['NOR', 'CHL'], from: '2024-12' },
      first: 60,
    });
    expect(wider.relations.edges.map((e: Answer) => e.node.date).sort()).toEqual([
      '2024-12-31',
      '2025',
      '2025-02',
    ]);
  });

  it('a filter to 2025-02 includes a whole month and a year that begins before its end', async () => {
    const { relations } = await data(RELATIONS, {
      filter: { between: ['NOR', 'CHL'], from: '2025-02-28', to: '2025-02' },
    });
    expect(relations.edges.map((e: Answer) => [e.node.date, e.node.precision]).sort()).toEqual([
      ['2025', 'YEAR'],
      ['2025-02', 'MONTH'],
    ]);
  });

  it('refuses a range that ends before it starts, and a malformed date', async () => {
    const reversed = await errorOf(RELATIONS, { filter: { from: '2025-05', to: '2025-04-30' } });
    expect(reversed?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await errorOf(RELATIONS, { filter: { from: '2025-13' } });
    expect(malformed?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed?.message).toMatch(/PartialDate/);
  });

  it('orders a timeline by the first day each date covers', async () => {
    const { timeline } = await data(
      `{ timeline(entityIds: ["NOR"], types: [PARTNERSHIP, COOPERATES_ON, DIPLOMATIC_RELATIONS, HOLDS_POSITION]) { date type } }`,
    );
    const dates = timeline.map((f: Answer) => f.date);
    expect(dates[0]).toBe('1990');
    expect(
      dates.every((d: string, i: number) => i === 0 || lowerBound(dates[i - 1]) <= lowerBound(d)),
    ).toBe(true);
    expect(dates.indexOf('2025')).toBeLessThan(dates.indexOf('2025-02'));
    // Undated facts have no place on a timeline.
    const all = await data(`{ timeline(entityIds: ["CHL"], first: 100) { type date } }`);
    expect(all.timeline.some((f: Answer) => f.type === 'SUPPORTS')).toBe(false);
  });
});

describe('the relations connection', () => {
  it('pages through every match once, in order, with opaque cursors and a total', async () => {
    const seen: Answer[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const { relations }: Answer = await data(RELATIONS, {
        filter: { types: ['VISITED'], entity: 'CHL' },
        first: 20,
        after,
        order: 'DATE_DESC',
      });
      total = relations.totalCount;
      seen.push(...relations.edges.map((e: Answer) => e.node));
      after = relations.pageInfo.hasNextPage ? relations.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(total).toBe(ENVOY_COUNT);
    expect(pages).toBe(3);
    expect(new Set(seen.map((f) => f.key)).size).toBe(ENVOY_COUNT);
    const dates = seen.map((f) => f.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('orders by confidence, most confident first', async () => {
    const { relations } = await data(RELATIONS, {
      filter: { types: ['VISITED'] },
      first: 60,
      order: 'CONFIDENCE_DESC',
    });
    const confidences = relations.edges.map((e: Answer) => e.node.confidence);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => b - a));
    expect(confidences[0]).toBeCloseTo(0.9);
  });

  it('filters by minimum confidence and type', async () => {
    const { relations } = await data(RELATIONS, {
      filter: { types: ['PARTNERSHIP'], minConfidence: 0.7 },
    });
    expect(relations.edges.map((e: Answer) => e.node.qualifiers.level)).toEqual([
      'strategic partnership',
    ]);
    expect(relations.edges[0].node.confidence).toBeCloseTo(0.9);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of another list', Buffer.from('{"k":"offset","n":3}').toString('base64url')],
  ])('refuses %s as `after` (BAD_USER_INPUT)', async (_name, after) => {
    const error = await errorOf(RELATIONS, { after });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor from another order', async () => {
    const { relations } = await data(RELATIONS, { first: 1, order: 'DATE_ASC' });
    const error = await errorOf(RELATIONS, {
      after: relations.pageInfo.endCursor,
      order: 'DATE_DESC',
    });
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs exactly two ids in `between` and a page size of 1 to 100', async () => {
    expect((await errorOf(RELATIONS, { filter: { between: ['NOR'] } }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await errorOf(RELATIONS, { first: 0 }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await errorOf(RELATIONS, { first: 101 }))?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives every relation its evidence: article, sentence and offsets into the text', async () => {
    const { relations } = await data(`{
      relations(filter: { types: [SIGNED] }) {
        edges { node { from { name } to { name } date precision dateSource
          evidence { sentence start end confidence article { id title publishedAt } } } }
      }
    }`);
    const [signed] = relations.edges.map((e: Answer) => e.node);
    expect(signed).toMatchObject({
      from: { name: 'Bob Dahl' },
      to: { name: 'Oslo Trade Agreement' },
      date: '2025-04-23',
      precision: 'DAY',
      dateSource: 'TEXT',
    });
    const [evidence] = signed.evidence;
    const article = articles[0] as Extraction;
    expect(evidence.article).toEqual({
      id: article.article.id,
      title: 'Norway and Chile deepen ties',
      publishedAt: '2025-04-23T10:30:00+02:00',
    });
    expect(evidence.sentence).toBe('Bob Dahl signed the Oslo Trade Agreement on 23 April 2025.');
    expect(evidence.end - evidence.start).toBe(evidence.sentence.length);
  });
});

describe('entities', () => {
  const ENTITY = `query ($id: ID!) { entity(id: $id) { id name kind articleCount
    relations(types: [HOLDS_POSITION, VISITED, MET], direction: OUTGOING, first: 60) { type to { id } }
    articles { title } } }`;

  it('exposes relations filtered by type and direction, and the articles that mention it', async () => {
    const { entity } = await data(ENTITY, { id: 'bob-dahl' });
    expect(entity).toMatchObject({
      id: 'bob-dahl',
      name: 'Bob Dahl',
      kind: 'PERSON',
      articleCount: 1,
    });
    expect(entity.relations.map((r: Answer) => `${r.type} ${r.to.id}`).sort()).toEqual([
      'HOLDS_POSITION NOR',
      'MET dan-soto',
    ]);
    expect(entity.articles).toEqual([{ title: 'Norway and Chile deepen ties' }]);
  });

  it('filters an entity’s relations by counterpart and date', async () => {
    const { entity } = await data(`{ entity(id: "NOR") {
      withChile: relations(counterpart: "CHL", from: "2025-03") { type date }
      incoming: relations(types: [HOLDS_POSITION], direction: INCOMING, to: "2019") { from { id } }
    } }`);
    expect(entity.withChile).toEqual([{ type: 'PARTNERSHIP', date: '2025' }]);
    expect(entity.incoming.map((r: Answer) => r.from.id).sort()).toEqual([
      'alice-berg',
      'carol-lind',
    ]);
  });

  it('is null when unknown', async () => {
    expect((await data(ENTITY, { id: 'nobody' })).entity).toBeNull();
  });

  it('finds entities by name and alias words, whatever punctuation the search holds', async () => {
    const search = async (text: string, kind?: string) =>
      (
        await data(
          `query ($s: String, $k: EntityKind) { entities(search: $s, kind: $k, first: 5) { totalCount edges { node { id } } } }`,
          { s: text, k: kind },
        )
      ).entities;
    expect((await search('santiago')).edges[0].node.id).toBe('CHL');
    expect((await search('Envo', 'PERSON')).totalCount).toBe(ENVOY_COUNT);
    expect((await search('C++ (Systems) Alliance: "AND" / OR')).edges[0].node.id).toBe(
      'cpp-alliance',
    );
    for (const hostile of ['"', '(', 'AND OR NOT', '\\', 'a:b~2^3', '*', '[1 TO 5]']) {
      const result = await api.run(`query ($s: String) { entities(search: $s) { totalCount } }`, {
        variables: { s: hostile },
      });
      expect(result.errors).toBeUndefined();
    }
  });

  it('pages entities with position cursors', async () => {
    const first = await data(
      `{ entities(kind: PERSON, first: 25) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`,
    );
    const second = await data(
      `query ($after: String) { entities(kind: PERSON, first: 60, after: $after) { pageInfo { hasNextPage } edges { node { id } } } }`,
      { after: first.entities.pageInfo.endCursor },
    );
    const ids = [...first.entities.edges, ...second.entities.edges].map((e: Answer) => e.node.id);
    expect(ids).toHaveLength(first.entities.totalCount);
    expect(new Set(ids).size).toBe(ids.length);
    expect(second.entities.pageInfo.hasNextPage).toBe(false);
  });

  it('finds a country by ISO codes and names; an unknown one is BAD_USER_INPUT', async () => {
    for (const id of ['NOR', 'no', 'Norway', 'norway']) {
      expect(
        (await data(`query ($id: String!) { country(id: $id) { id } }`, { id })).country,
      ).toEqual({ id: 'NOR' });
    }
    // A real country the graph knows nothing about.
    expect((await data(`{ country(id: "PE") { id } }`)).country).toBeNull();
    const error = await errorOf(`{ country(id: "Atlantis") { id } }`);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('officials', () => {
  const OFFICIALS = `query ($country: String!, $asOf: PartialDate, $role: String, $to: String) {
    officials(country: $country, asOf: $asOf, role: $role, accreditedTo: $to) {
      person { id } role since until accreditedTo { id }
    }
  }`;
  const holders = async (variables: Record<string, unknown>) =>
    (await data(OFFICIALS, variables)).officials
      .map((o: Answer) => `${o.role}: ${o.person.id}`)
      .sort();

  it('tells who held each position at a date', async () => {
    expect(await holders({ country: 'Norway', asOf: '2021', role: 'President' })).toEqual([
      'President: alice-berg',
    ]);
    expect(await holders({ country: 'NOR', asOf: '2023-07-01', role: 'president' })).toEqual([
      'President: bob-dahl',
    ]);
    expect(await holders({ country: 'NOR', asOf: '2016', role: 'Foreign Minister' })).toEqual([
      'Foreign Minister: carol-lind',
    ]);
    // Her term ended in 2018.
    expect(await holders({ country: 'NOR', asOf: '2020', role: 'Foreign Minister' })).toEqual([]);
    expect(await holders({ country: 'NOR', asOf: '2010' })).toEqual([]);
  });

  it('without a date, gives the latest holders; envoys with their host country', async () => {
    const all = await data(OFFICIALS, { country: 'NOR' });
    const roles = all.officials.map((o: Answer) => `${o.role}: ${o.person.id}`);
    expect(roles).toContain('President: bob-dahl');
    expect(roles).not.toContain('President: alice-berg');
    expect(roles.filter((r: string) => r.startsWith('Trade Envoy'))).toHaveLength(ENVOY_COUNT);
    const ambassador = await data(OFFICIALS, { country: 'CL', role: 'Ambassador', to: 'Norway' });
    expect(ambassador.officials).toEqual([
      {
        person: { id: 'dan-soto' },
        role: 'Ambassador',
        since: '2024',
        until: null,
        accreditedTo: [{ id: 'NOR' }],
      },
    ]);
  });

  it('refuses an unknown country', async () => {
    expect((await errorOf(OFFICIALS, { country: 'Narnia' }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('the bilateral dossier', () => {
  const DOSSIER = `query ($a: String!, $b: String!, $from: PartialDate, $to: PartialDate) {
    bilateral(a: $a, b: $b, from: $from, to: $to) {
      partnership { qualifiers { level } date }
      partnershipHistory { qualifiers { level } }
      diplomaticRelations { date }
      agreements { agreement { id } date signatories { id } parties { id } }
      a { entity { id } visits { from { id } } envoys { person { id } role } }
      b { entity { id } envoys { person { id } } }
      meetings { from { id } to { id } }
      cooperation { area { id } since }
      support { from { id } }
      sharedOrganizations { organization { id } a { qualifiers { status } } b { qualifiers { status } } }
      timeline { date }
    }
  }`;

  it('assembles the pair in one round trip; its sources and statements cost one more each', async () => {
    const result = await api.run<Answer>(DOSSIER, { variables: { a: 'Norway', b: 'CHL' } });
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBe(1);
    const more = await api.run<Answer>(`{ bilateral(a: "NOR", b: "CHL") {
      articleCount articles(first: 2) { title } a { statements { key } } b { statements { key } } } }`);
    expect(more.errors).toBeUndefined();
    expect(more.roundTrips).toBe(3);
    expect(more.data.bilateral.articleCount).toBe(3);
    expect(more.data.bilateral.articles.map((a: Answer) => a.title)).toEqual([
      'Norway and Chile deepen ties',
      'Trade envoys tour Chile',
    ]);
    const dossier = result.data.bilateral;
    // "2025" may be any day of the year: the level dated February 2025 begun last.
    expect(dossier.partnership).toEqual({
      qualifiers: { level: 'enhanced partnership' },
      date: '2025-02',
    });
    expect(dossier.partnershipHistory.map((p: Answer) => p.qualifiers.level)).toEqual([
      'strategic partnership',
      'enhanced partnership',
    ]);
    expect(dossier.agreements).toEqual([
      {
        agreement: { id: 'nor-chl-trade-agreement-2025' },
        date: '2025-04-23',
        signatories: [{ id: 'bob-dahl' }],
        parties: expect.arrayContaining([{ id: 'NOR' }, { id: 'CHL' }]),
      },
    ]);
    expect(dossier.a.visits).toHaveLength(ENVOY_COUNT);
    expect(dossier.a.envoys).toEqual([{ person: { id: 'erik-moe' }, role: 'Ambassador' }]);
    expect(dossier.b.envoys).toEqual([{ person: { id: 'dan-soto' } }]);
    expect(dossier.meetings).toEqual([{ from: { id: 'bob-dahl' }, to: { id: 'dan-soto' } }]);
    expect(dossier.cooperation).toEqual([{ area: { id: 'trade' }, since: '2024-12-31' }]);
    expect(dossier.support).toEqual([{ from: { id: 'CHL' } }]);
    expect(dossier.sharedOrganizations).toEqual([
      {
        organization: { id: 'pacific-forum' },
        a: [{ qualifiers: { status: 'member' } }],
        b: [{ qualifiers: { status: 'observer' } }],
      },
    ]);
  });

  it('over a period: events in it, states in force during it', async () => {
    const { bilateral } = await data(DOSSIER, {
      a: 'NOR',
      b: 'CHL',
      from: '2025-02',
      to: '2025-02',
    });
    expect(bilateral.partnership.qualifiers.level).toBe('enhanced partnership');
    expect(bilateral.diplomaticRelations).toEqual([{ date: '1990' }]);
    expect(bilateral.sharedOrganizations).toHaveLength(1);
    // The envoys visited on 1 January … 24 February 2025, one a day.
    expect(bilateral.a.visits).toHaveLength(24);
    expect(bilateral.agreements).toEqual([]);
    expect(bilateral.meetings).toEqual([]);
    const before = await data(DOSSIER, { a: 'NOR', b: 'CHL', to: '2024-06' });
    expect(before.bilateral.partnership).toBeNull();
    expect(before.bilateral.a.envoys).toEqual([{ person: { id: 'erik-moe' }, role: 'Ambassador' }]);
    expect(before.bilateral.b.envoys).toEqual([{ person: { id: 'dan-soto' } }]);
  });

  it('refuses an unknown side, the same side twice and a reversed period', async () => {
    expect((await errorOf(DOSSIER, { a: 'NOR', b: 'Atlantis' }))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'b',
    });
    expect((await errorOf(DOSSIER, { a: 'NOR', b: 'Norway' }))?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await errorOf(DOSSIER, { a: 'NOR', b: 'CHL', from: '2025', to: '2024' }))?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });
});

describe('paths', () => {
  const PATH = `query ($from: String!, $to: String!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) { length steps { from { id } to { id } forward relation { type evidence { sentence } } } }
  }`;

  it('finds every shortest path, each step with its evidence', async () => {
    const { path } = await data(PATH, { from: 'dan-soto', to: 'pacific-forum' });
    const routes = path.map((p: Answer) =>
      p.steps.map((s: Answer) => `${s.from.id}>${s.relation.type}>${s.to.id}`).join(' '),
    );
    expect(routes.sort()).toEqual([
      'dan-soto>ACCREDITED_TO>NOR NOR>MEMBER_OF>pacific-forum',
      'dan-soto>HOLDS_POSITION>CHL CHL>MEMBER_OF>pacific-forum',
    ]);
    for (const p of path)
      for (const step of p.steps) expect(step.relation.evidence[0].sentence).toBeTruthy();
  });

  it('walks facts against their direction and says so', async () => {
    const { path } = await data(PATH, { from: 'pacific-forum', to: 'erik-moe', maxHops: 2 });
    expect(path.length).toBeGreaterThan(0);
    expect(path.flatMap((p: Answer) => p.steps.map((s: Answer) => s.forward))).toContain(false);
  });

  it('is empty when nothing connects within the hops', async () => {
    expect((await data(PATH, { from: 'envoy-01', to: 'pacific-forum', maxHops: 1 })).path).toEqual(
      [],
    );
  });

  it.each([
    [{ from: 'NOR', to: 'CHL', maxHops: 5 }, 'maxHops'],
    [{ from: 'NOR', to: 'CHL', maxHops: 0 }, 'maxHops'],
    [{ from: 'NOR', to: 'nobody' }, 'to'],
    [{ from: 'NOR', to: 'Norway' }, 'to'],
  ])('refuses %j (BAD_USER_INPUT)', async (variables, argument) => {
    const error = await errorOf(PATH, variables);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('articles', () => {
  const ARTICLES = `query ($search: String, $from: PartialDate, $to: PartialDate, $first: Int, $after: String) {
    articles(search: $search, from: $from, to: $to, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id title publishedAt } }
    }
  }`;
  const titles = (answer: Answer) => answer.articles.edges.map((e: Answer) => e.node.title);

  it('lists articles newest first and pages them', async () => {
    const page = await data(ARTICLES, { first: 2 });
    expect(titles(page)).toEqual(['Norway and Chile deepen ties', 'Trade envoys tour Chile']);
    const rest = await data(ARTICLES, { first: 2, after: page.articles.pageInfo.endCursor });
    expect(titles(rest)).toEqual(['Pacific Forum turns 25']);
    expect(rest.articles.pageInfo.hasNextPage).toBe(false);
  });

  it('finds by title words or by an entity mentioned', async () => {
    expect(titles(await data(ARTICLES, { search: 'envoys' }))).toEqual(['Trade envoys tour Chile']);
    expect(titles(await data(ARTICLES, { search: 'Dan Soto' }))).toEqual([
      'Norway and Chile deepen ties',
    ]);
    expect((await data(ARTICLES, { search: 'Pacific Forum' })).articles.totalCount).toBe(1);
  });

  it('filters by publication date, a day including its times', async () => {
    expect(titles(await data(ARTICLES, { from: '2025-04-23', to: '2025-04-23' }))).toEqual([
      'Norway and Chile deepen ties',
    ]);
    expect(titles(await data(ARTICLES, { from: '2025-01', to: '2025-03' }))).toEqual([
      'Trade envoys tour Chile',
      'Pacific Forum turns 25',
    ]);
  });

  it('gives an article with the facts drawn from it and the entities it mentions', async () => {
    const forum = articles[2] as Extraction;
    const { article } = await data(
      `query ($id: ID!) { article(id: $id) { title url facts { type from { id } to { id } } entities { id } } }`,
      { id: forum.article.id },
    );
    expect(article.title).toBe('Pacific Forum turns 25');
    expect(article.facts.map((f: Answer) => `${f.type} ${f.from.id} ${f.to.id}`).sort()).toEqual([
      'MEMBER_OF CHL pacific-forum',
      'MEMBER_OF NOR cpp-alliance',
      'MEMBER_OF NOR pacific-forum',
      'PARTNERSHIP CHL NOR',
    ]);
    // In order of first mention: the title names the forum first.
    expect(article.entities.map((e: Answer) => e.id)).toEqual([
      'pacific-forum',
      'NOR',
      'CHL',
      'cpp-alliance',
    ]);
    expect((await data(`{ article(id: "sha256:none") { id } }`)).article).toBeNull();
  });
});

describe('round trips', () => {
  it('a page of 50 relations with ends, area, evidence and its articles costs 3 (page, total, evidence)', async () => {
    const result = await api.run<Answer>(`{
      relations(first: 50, orderBy: DATE_ASC) {
        totalCount
        edges { node { type from { name } to { name } qualifiers { area { name } }
          evidence { sentence article { title } } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.relations.edges).toHaveLength(50);
    expect(result.roundTrips).toBeLessThanOrEqual(3);
  });

  it('50 entities with their relations, ends and evidence cost 3, as 5 entities do', async () => {
    const query = `query ($first: Int) { entities(kind: PERSON, first: $first) {
      edges { node { name relations(first: 1) { type from { name } to { name } evidence { article { title } } } } } } }`;
    const few = await api.run<Answer>(query, { variables: { first: 5 } });
    const many = await api.run<Answer>(query, { variables: { first: 50 } });
    expect(many.errors).toBeUndefined();
    expect(many.data.entities.edges).toHaveLength(50);
    expect(many.roundTrips).toBeLessThanOrEqual(3);
    expect(many.roundTrips).toBe(few.roundTrips);
  });

  it('an article list with facts and mentioned entities costs one query per kind of field', async () => {
    const result = await api.run<Answer>(
      `{ articles(first: 50) { edges { node { title facts { from { name } to { name } } entities { name } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.roundTrips).toBeLessThanOrEqual(3);
  });
});
