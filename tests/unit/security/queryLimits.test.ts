// Query limits (graphql-armor and the variable-aware cost check) reject
// abusive operations before any resolver runs: the driver is never called.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, parse, print } from 'graphql';
import { inlinePageVariables } from '../../../src/api/limits/variableCostPlugin';
import { QUERY_LIMITS } from '../../../src/api/limits/queryLimits';
import { createSecurityApi } from './securityApi';

const api = createSecurityApi({ NEO4J_TX_TIMEOUT_MS: '1000' });
afterAll(() => api.close());

/** `entity { relations { from { relations { from ... name } } } }`: depth 2 + 2 × levels. */
function selection(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i += 1) inner = `relations(first: 1) { from { ${inner} } }`;
  return inner;
}
const nested = (levels: number) => `{ entity(id: "CHN") { ${selection(levels)} } }`;

async function expectRejected(query: string, pattern: RegExp, variables?: Record<string, unknown>) {
  const before = api.driverCalls();
  const answer = await api.run(query, variables);
  expect(answer.data ?? null).toBeNull();
  expect(answer.errors?.map((error) => error.message).join('\n')).toMatch(pattern);
  expect(answer.errors?.map((e) => e.extensions?.code)).not.toContain('SERVICE_UNAVAILABLE');
  expect(answer.status).toBe(400);
  expect(api.driverCalls()).toBe(before);
}

describe('query limits', () => {
  it('rejects a depth-20 query without touching Neo4j', async () => {
    await expectRejected(nested(9), /depth limit of 12 exceeded, found 20/);
  });

  it('counts depth hidden behind a fragment named __schema', async () => {
    const query = `
      query { entity(id: "CHN") { ...__schema } }
      fragment __schema on Entity { ${selection(9)} }`;
    await expectRejected(query, /depth limit of 12 exceeded/);
  });

  it('counts depth hidden behind an introspection-shaped alias', async () => {
    const query = nested(9).replace('entity(id:', '__schema: entity(id:');
    await expectRejected(query, /depth limit of 12 exceeded/);
  });

  it('rejects too many aliases', async () => {
    const fields = Array.from({ length: 16 }, (_, i) => `a${i}: health { version }`).join(' ');
    await expectRejected(`{ ${fields} }`, /Aliases limit of 15 exceeded, found 16/);
  });

  it('rejects too many directives', async () => {
    const fields = Array.from({ length: 11 }, () => '__typename @include(if: true)').join(' ');
    await expectRejected(`{ ${fields} }`, /Directives limit of 10 exceeded, found 11/);
  });

  it('rejects too many tokens', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    await expectRejected(`{ ${fields} }`, /contains more tha[nt] 2000 tokens/);
  });

  it('rejects an expensive query (nested pages multiply)', async () => {
    const query = `{ entities(first: 100) { edges { node { relations(first: 100) { type } } } } }`;
    await expectRejected(query, /Cost limit of 5000 exceeded/);
  });

  it('counts page sizes given as variables in the cost', async () => {
    const query = `query ($n: Int, $m: Int!) {
      entities(first: $n) { edges { node { relations(first: $m) { type } } } } }`;
    await expectRejected(query, /Cost limit of 5000 exceeded/, { n: 100, m: 100 });
  });

  it('refuses `first` above 100 on a top-level page with a clear message', async () => {
    const answer = await api.run('{ entities(first: 101) { totalCount } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/`first` must be from 1 to 100/);
  });

  it('lets every documented operation and the introspection query through', async () => {
    const docs = join(__dirname, '..', '..', '..', 'docs', 'queries');
    const files = readdirSync(docs).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const answer = await api.run(readFileSync(join(docs, file), 'utf8'));
      // They reach the (closed) database: the limits let them pass.
      for (const error of answer.errors ?? []) {
        expect([file, error.extensions?.code]).toEqual([file, 'SERVICE_UNAVAILABLE']);
      }
    }
    const introspection = await api.run(getIntrospectionQuery({ descriptions: true }));
    expect(introspection.errors).toBeUndefined();
    expect(QUERY_LIMITS.depth).toBeGreaterThanOrEqual(6);
  }, 60_000);
});

describe('inlinePageVariables', () => {
  it('writes integer variables of first/last into the document, nothing else', () => {
    const document = parse(
      'query ($n: Int, $s: String) { entities(first: $n, search: $s) { totalCount } }',
    );
    const inlined = inlinePageVariables(document, { n: 7, s: 'x' });
    expect(inlined && print(inlined)).toContain('entities(first: 7, search: $s)');
    expect(inlinePageVariables(document, { s: 'x' })).toBeUndefined();
  });
});
