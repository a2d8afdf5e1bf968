// Body limits on /graphql: small for queries, larger for ingest mutations
// only, 413 with a JSON error past either, whatever Content-Length says.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  bodyErrorHandler,
  graphqlBodyParser,
  isIngestMutation,
} from '../../../src/api/limits/graphqlBodyParser';

const limits = { queryLimit: 1000, ingestLimit: 5000 };
const app = express();
app.use('/graphql', ...graphqlBodyParser(limits), (req, res) => {
  res.json({ received: JSON.stringify(req.body).length });
});
app.use(bodyErrorHandler(limits));
const server = http.createServer(app);
let url: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }';
const padded = (query: string, bytes: number, operationName?: string) => ({
  query,
  operationName,
  variables: { input: { text: 'x'.repeat(bytes), publishedAt: '2025-01-01' } },
});

async function post(body: unknown, init: RequestInit = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...init,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const code = (answer: { body: Record<string, unknown> }) =>
  (answer.body.errors as { extensions: { code: string } }[] | undefined)?.[0]?.extensions.code;

describe('graphqlBodyParser', () => {
  it('takes a small query', async () => {
    expect((await post({ query: '{ health { version } }' })).status).toBe(200);
  });

  it('refuses a query past the query limit with 413 and a JSON error', async () => {
    const answer = await post(padded('query ($input: String) { __typename }', 1500));
    expect(answer.status).toBe(413);
    expect(code(answer)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes an ingest mutation up to the ingest limit, not past it', async () => {
    expect((await post(padded(INGEST, 3000))).status).toBe(200);
    const over = await post(padded(INGEST, 6000));
    expect(over.status).toBe(413);
    expect(code(over)).toBe('PAYLOAD_TOO_LARGE');
  });

  it('does not let another mutation ride along with an ingest one', async () => {
    const mixed = `mutation ($input: ArticleInput!) {
      ingestArticle(input: $input) { status } retractArticle(id: "x") { __typename } }`;
    expect((await post(padded(mixed, 3000))).status).toBe(413);
  });

  it('judges the operation that operationName selects', async () => {
    const both = `${INGEST.replace('mutation', 'mutation Ingest')} query Big { __typename }`;
    expect((await post(padded(both, 3000, 'Ingest'))).status).toBe(200);
    expect((await post(padded(both, 3000, 'Big'))).status).toBe(413);
  });

  it('counts the bytes read, not Content-Length (chunked bodies)', async () => {
    const text = JSON.stringify(padded('{ __typename }', 1500));
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const answer = await post(text, { body: stream, duplex: 'half' } as RequestInit);
    expect(answer.status).toBe(413);
  });

  it('answers broken JSON with 400 and a JSON error', async () => {
    const answer = await post('{"query": ');
    expect(answer.status).toBe(400);
    expect(code(answer)).toBe('BAD_REQUEST');
  });
});

describe('isIngestMutation', () => {
  it.each([
    [{ query: INGEST }, true],
    [{ query: 'mutation { ingestArticles(inputs: []) { status } __typename }' }, true],
    [{ query: '{ ingestArticle }' }, false],
    [{ query: 'mutation { retractArticle(id: "a") { __typename } }' }, false],
    [{ query: 'mutation { ...F } fragment F on Mutation { ingestArticle }' }, false],
    [{ query: 'mutation {' }, false],
    [{ query: `${INGEST} ${INGEST.replace('mutation', 'mutation B')}` }, false],
    [[{ query: INGEST }], false],
    [null, false],
  ])('%j → %s', (body, expected) => {
    expect(isIngestMutation(body)).toBe(expected);
  });
});
