// Every example operation in docs/queries/*.graphql, run against a real
// Neo4j holding the sample articles (ingested through the CLI's pipeline),
// with the facts an analyst should read in each answer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { lowerBound, upperBound } from '../../../src/graph/queries/dateBounds';
import { closeTestDriver, testDatabase, testDriver } from '../../support/neo4j';
import type { TestApi } from './apiHarness';
import { createTestApi, freshGraph, loadSamples } from './apiHarness';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
type Answer = any;

const DOCS = join(__dirname, '..', '..', '..', 'docs', 'queries');

interface Operation {
  file: string;
  name: string;
  text: string;
}

function documentedOperations(): Operation[] {
  return readdirSync(DOCS)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .flatMap((file) => {
      const text = readFileSync(join(DOCS, file), 'utf8');
      return parse(text).definitions.flatMap((definition) =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name
          ? [{ file, name: definition.name.value, text }]
          : [],
      );
    });
}

const names = (list: { name: string }[]) => list.map((item) => item.name);
const chronological = (dates: string[]) =>
  dates.every((date, i) => i === 0 || lowerBound(dates[i - 1] as string) <= lowerBound(date));

/** What each documented operation must answer on the sample data. */
const checks: Record<string, (data: Answer, api: TestApi) => Promise<void> | void> = {
  ChinaAzerbaijanDossier({ bilateral }) {
    // The level established by the April 2025 joint statement (the seed dates it "this year").
    expect(bilateral.partnership.qualifiers.level).toBe('comprehensive strategic partnership');
    expect(bilateral.partnership.date).toMatch(/^2025/);
    expect(bilateral.partnershipHistory.map((p: Answer) => p.qualifiers.level)).toEqual([
      'strategic partnership',
      'comprehensive strategic partnership',
    ]);
    expect(bilateral.partnershipHistory[0].date).toBe('2024-07');
    expect(bilateral.diplomaticRelations).toEqual([{ date: '1992-04-02' }]);
    const statement = bilateral.agreements.find((a: Answer) =>
      a.agreement.name.startsWith('Joint Statement on establishing a comprehensive strategic'),
    );
    expect(statement).toMatchObject({ date: '2025-04-23' });
    expect(names(statement.signatories).sort()).toEqual(['Ilham Aliyev', 'Xi Jinping']);
    expect(names(statement.parties).sort()).toEqual(['Azerbaijan', 'China']);
    // Visits each way: China's vice premier in Baku; Aliyev's state visit, Bayramov's working visit.
    expect(bilateral.a.entity.name).toBe('China');
    expect(bilateral.a.visits).toEqual([
      {
        from: { name: 'Ding Xuexiang' },
        date: '2024-11-12',
        qualifiers: { kind: null, count: null },
      },
    ]);
    // Aliyev's two visits apart, and the ambassador's "two visits this year" as its own fact.
    expect(bilateral.b.visits).toEqual([
      {
        from: { name: 'Ilham Aliyev' },
        date: '2025',
        qualifiers: { kind: null, count: 2 },
      },
      {
        from: { name: 'Ilham Aliyev' },
        date: '2025-04-23',
        qualifiers: { kind: 'state', count: null },
      },
      {
        from: { name: 'Jeyhun Bayramov' },
        date: '2025-07-16',
        qualifiers: { kind: 'working', count: null },
      },
      {
        from: { name: 'Ilham Aliyev' },
        date: '2025-08-31',
        qualifiers: { kind: 'working', count: null },
      },
    ]);
    expect(bilateral.a.envoys).toEqual([{ person: { name: 'Lu Mei' }, role: 'Ambassador' }]);
    const chinese = bilateral.a.statements.map((s: Answer) => s.from.name);
    expect(new Set(chinese)).toEqual(new Set(['Lu Mei', 'Xi Jinping', 'Wang Yi', 'Ding Xuexiang']));
    expect(bilateral.b.statements).toEqual([
      {
        from: { name: 'Ilham Aliyev' },
        qualifiers: {
          text: expect.stringContaining('Azerbaijan firmly adheres to the one-China principle'),
        },
      },
    ]);
    expect(bilateral.meetings.map((m: Answer) => [m.from.name, m.to.name, m.date])).toEqual([
      ['Ding Xuexiang', 'Ilham Aliyev', '2024-11-12'],
      ['Ilham Aliyev', 'Xi Jinping', '2025-04-23'],
      ['Jeyhun Bayramov', 'Wang Yi', '2025-07-16'],
    ]);
    const areas = bilateral.cooperation.map((c: Answer) => c.area.name);
    expect(areas).toEqual(
      expect.arrayContaining([
        'green energy',
        'digital economy',
        'Belt and Road Initiative',
        'trade',
      ]),
    );
    expect(
      bilateral.sharedOrganizations.map((o: Answer) => [
        o.organization.name,
        o.a[0].qualifiers.status,
        o.b[0].qualifiers.status,
      ]),
    ).toEqual([
      ['Conference on Interaction and Confidence-Building Measures in Asia', 'member', 'member'],
      ['Shanghai Cooperation Organization', 'member', 'dialogue partner'],
      ['United Nations', 'member', 'member'],
    ]);
    const dates = bilateral.timeline.map((f: Answer) => f.date);
    expect(chronological(dates)).toBe(true);
    expect(bilateral.timeline[0]).toMatchObject({ date: '1992', type: 'MEMBER_OF' });
    expect(bilateral.timeline).toContainEqual({
      date: '2025-04-23',
      type: 'VISITED',
      from: { name: 'Ilham Aliyev' },
      to: { name: 'China' },
    });
    expect(bilateral.articleCount).toBe(5);
    expect(bilateral.articles.map((a: Answer) => a.publishedAt)).toEqual([
      '2025-09-25T20:18:00',
      '2025-08-31',
      '2025-07-16',
      '2025-04-23',
      '2024-11-12',
    ]);
  },

  ChinaAmbassadorToAzerbaijan({ officials }) {
    expect(officials).toHaveLength(1);
    const [ambassador] = officials;
    expect(ambassador).toMatchObject({
      person: { id: 'lu-mei', name: 'Lu Mei' },
      role: 'Ambassador',
      country: { name: 'China' },
      accreditedTo: [{ name: 'Azerbaijan' }],
      since: '2025',
      precision: 'YEAR',
    });
    expect(ambassador.position.evidence[0].sentence).toContain(
      'the Chinese Ambassador to Azerbaijan, Lu Mei',
    );
  },

  AliyevVisits({ entity }) {
    expect(entity.name).toBe('Ilham Aliyev');
    // Two visits to China in 2025, each with its own evidence, and the ambassador's
    // "two visits … this year", which may be either: newest first, the vague one last.
    const [august, april, twice] = entity.relations;
    expect(entity.relations).toHaveLength(3);
    expect(april).toMatchObject({
      to: { name: 'China' },
      date: '2025-04-23',
      precision: 'DAY',
      qualifiers: { kind: 'state', count: null },
      mayBe: [],
    });
    expect(april.evidence.map((e: Answer) => e.article.publishedAt)).toEqual(['2025-04-23']);
    expect(april.evidence[0].sentence).toContain('state visit to China');
    expect(august).toMatchObject({ date: '2025-08-31', qualifiers: { kind: 'working' } });
    expect(august.evidence.map((e: Answer) => e.article.publishedAt)).toEqual(['2025-08-31']);
    expect(august.evidence[0].sentence).toContain('arrived in Tianjin');
    expect(twice).toMatchObject({
      date: '2025',
      precision: 'YEAR',
      qualifiers: { count: 2 },
      mayBe: [april.key, august.key].sort(),
      mayBeReason: '2 occurrences fit; stated count 2',
    });
    expect(twice.evidence.map((e: Answer) => e.article.publishedAt)).toEqual([
      '2025-09-25T20:18:00',
    ]);
  },

  ChinaAzerbaijanSharedOrganizations({ bilateral }) {
    expect(
      bilateral.sharedOrganizations.map((o: Answer) => ({
        id: o.organization.id,
        china: o.a.map((m: Answer) => [m.from.name, m.qualifiers.status]),
        azerbaijan: o.b.map((m: Answer) => [m.from.name, m.qualifiers.status]),
      })),
    ).toEqual([
      { id: 'CICA', china: [['China', 'member']], azerbaijan: [['Azerbaijan', 'member']] },
      { id: 'SCO', china: [['China', 'member']], azerbaijan: [['Azerbaijan', 'dialogue partner']] },
      { id: 'UN', china: [['China', 'member']], azerbaijan: [['Azerbaijan', 'member']] },
    ]);
    const un = bilateral.sharedOrganizations.find((o: Answer) => o.organization.id === 'UN');
    expect(un.b[0].date).toBe('1992');
    const sco = bilateral.sharedOrganizations.find((o: Answer) => o.organization.id === 'SCO');
    expect(sco.a[0].date).toBe('2001');
  },

  LuMeiToSco({ path }) {
    const routes = path.map((p: Answer) =>
      p.steps.map((s: Answer) => `${s.from.name} -${s.relation.type}-> ${s.to.name}`).join(' | '),
    );
    expect(routes.sort()).toEqual([
      'Lu Mei -ACCREDITED_TO-> Azerbaijan | Azerbaijan -MEMBER_OF-> Shanghai Cooperation Organization',
      'Lu Mei -HOLDS_POSITION-> China | China -MEMBER_OF-> Shanghai Cooperation Organization',
    ]);
    for (const route of path) {
      expect(route.length).toBe(2);
      for (const step of route.steps) expect(step.relation.evidence).toHaveLength(1);
    }
    const viaChina = path.find((p: Answer) => p.steps[0].to.name === 'China');
    expect(viaChina.steps[1].relation.evidence[0].sentence).toContain(
      'China is a member of the SCO',
    );
  },

  SearchAliyev({ entities }) {
    expect(entities.edges[0].node).toEqual({
      id: 'ilham-aliyev',
      name: 'Ilham Aliyev',
      kind: 'PERSON',
      articleCount: 4,
    });
    expect(entities.totalCount).toBe(entities.edges.length);
  },

  async ChinaAzerbaijanRelationsSinceMarch2025({ relations }, api) {
    expect(relations.totalCount).toBeGreaterThanOrEqual(3);
    expect(relations.edges).toHaveLength(2);
    expect(relations.pageInfo.hasNextPage).toBe(true);
    // The following pages, through the cursors.
    const file = readFileSync(join(DOCS, 'china-azerbaijan-relations-2025.graphql'), 'utf8');
    const all = relations.edges.map((e: Answer) => e.node);
    let page = relations;
    while (page.pageInfo.hasNextPage) {
      const next = await api.run<Answer>(file, { variables: { after: page.pageInfo.endCursor } });
      expect(next.errors).toBeUndefined();
      page = next.data.relations;
      all.push(...page.edges.map((e: Answer) => e.node));
    }
    expect(all).toHaveLength(relations.totalCount);
    expect(chronological(all.map((f: Answer) => f.date))).toBe(true);
    // The 2025 level is in; the 2024-07 strategic partnership ends before March 2025.
    const levels = all
      .filter((f: Answer) => f.type === 'PARTNERSHIP')
      .map((f: Answer) => f.qualifiers.level);
    expect(levels).toEqual(['comprehensive strategic partnership']);
    expect(
      all
        .filter((f: Answer) => f.type === 'SUPPORTS')
        .map((f: Answer) => f.qualifiers.on)
        .join(' '),
    ).toMatch(/sovereignty/);
    for (const fact of all) {
      expect(upperBound(fact.date) >= '2025-03-01').toBe(true);
      const [evidence] = fact.evidence;
      expect(evidence.end - evidence.start).toBe(evidence.sentence.length);
    }
  },

  AliyevXiTimeline2025({ timeline }) {
    expect(timeline.map((f: Answer) => [f.date, f.type, f.from.name])).toEqual([
      ['2025', 'VISITED', 'Ilham Aliyev'],
      ['2025-04-23', 'MET', 'Ilham Aliyev'],
      ['2025-04-23', 'SIGNED', 'Ilham Aliyev'],
      ['2025-04-23', 'SIGNED', 'Xi Jinping'],
      ['2025-04-23', 'VISITED', 'Ilham Aliyev'],
      ['2025-08-31', 'VISITED', 'Ilham Aliyev'],
    ]);
  },

  ArticlesAboutSco({ articles }) {
    expect(articles.totalCount).toBe(3);
    expect(articles.edges.map((e: Answer) => e.node.title)).toEqual([
      'Ambassador: 2025 was fruitful for Chinese-Azerbaijani relations',
      'President Ilham Aliyev arrives in China for the SCO summit',
      'Azerbaijani and Chinese foreign ministers meet in Tianjin',
    ]);
    const tianjin = articles.edges[2].node;
    expect(tianjin.facts).toContainEqual({
      from: { name: 'Azerbaijan' },
      to: { name: 'Shanghai Cooperation Organization' },
      qualifiers: { status: 'dialogue partner' },
      date: expect.any(String),
    });
    expect(
      tianjin.facts.filter((f: Answer) => f.to.name === 'Shanghai Cooperation Organization'),
    ).toHaveLength(7);
  },

  ChinaAzerbaijanAsOf2025({ bilateral }) {
    // The strategic partnership, which the April 2025 upgrade later ended; no visit of
    // Azerbaijan's officials to China had happened yet.
    expect(bilateral.partnership).toMatchObject({
      date: '2024-07',
      validTo: '2025-04-23',
      qualifiers: { level: 'strategic partnership' },
    });
    expect(bilateral.partnership.endedBy).toMatch(/^PARTNERSHIP\|AZE\|CHN\|level=comprehensive/);
    expect(bilateral.b.visits).toEqual([]);
  },

  ChinaByIsoCode({ country }) {
    expect(country).toMatchObject({ id: 'CHN', name: 'China' });
    expect(country.aliases).toEqual(expect.arrayContaining(['PRC', "People's Republic of China"]));
    const memberships = country.relations.map((r: Answer) => [r.to.id, r.qualifiers.status]);
    expect(memberships.sort()).toEqual([
      ['CICA', 'member'],
      ['SCO', 'member'],
      ['UN', 'member'],
    ]);
    // Newest first: the SCO membership, dated 2001 by the text, comes last.
    expect(country.relations.at(-1)).toMatchObject({ to: { id: 'SCO' }, date: '2001' });
  },
};

let driver: Driver;
let api: TestApi;
const operations = documentedOperations();

beforeAll(async () => {
  driver = testDriver();
  await freshGraph(driver, testDatabase());
  const summary = await loadSamples(driver, testDatabase());
  expect(summary.articles.new).toBe(5);
  api = createTestApi(driver, testDatabase());
});

afterAll(async () => {
  await closeTestDriver();
});

describe('docs/queries', () => {
  it('documents operations, and every one has its check here', () => {
    expect(operations.length).toBeGreaterThanOrEqual(10);
    expect(operations.map((op) => op.name).sort()).toEqual(Object.keys(checks).sort());
  });

  it.each(operations.map((op) => [`${op.file}: ${op.name}`, op] as const))(
    '%s answers on the sample data',
    async (_label, op) => {
      const result = await api.run<Answer>(op.text, { operationName: op.name });
      expect(result.errors).toBeUndefined();
      await checks[op.name]?.(result.data, api);
    },
  );
});
