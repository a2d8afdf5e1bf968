// Child process: the baseline for the API. A bare node:http server that runs
// fixed hand-written Cypher through neo4j-driver and answers JSON, so both
// sides of the comparison pay HTTP + JSON. Queries arrive as JSON in
// BENCH_RAW_QUERIES ({name: {cypher, params}}); GET /q/<name> runs one.
import http from 'node:http';
import { asDeployed } from './asDeployed';
import neo4j from 'neo4j-driver';
import { createDriver } from '../src/graph/driver';

asDeployed();

interface RawQuery {
  cypher: string;
  params: Record<string, unknown>;
}

const queries = JSON.parse(process.env.BENCH_RAW_QUERIES ?? '{}') as Record<string, RawQuery>;
const database = process.env.NEO4J_DATABASE || 'neo4j';
const driver = createDriver({
  uri: process.env.NEO4J_URI ?? '',
  username: process.env.NEO4J_USERNAME || 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database,
});

const server = http.createServer((req, res) => {
  const query = queries[(req.url ?? '').replace(/^\/q\//, '')];
  if (!query) {
    res.writeHead(404).end();
    return;
  }
  driver
    .executeQuery(query.cypher, query.params, { database, routing: neo4j.routing.READ })
    .then(({ records }) => {
      const body = JSON.stringify({ rows: records.map((record) => record.toObject()) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    })
    .catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: String(error) }));
    });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`LISTENING http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => {
  server.close();
  void driver.close().finally(() => process.exit(0));
});
