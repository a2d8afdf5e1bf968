import net from 'node:net';
import path from 'node:path';
import { createDriver } from '../../../src/graph/driver';
import { GraphUnavailableError } from '../../../src/graph/errors';
import { writeArticle } from '../../../src/graph/write/writeArticle';
import { ingestFiles } from '../../../src/pipeline/ingestFiles';
import { seedExtraction } from '../../fixtures/graph/extractions';

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A driver for a Neo4j that never answers, retrying writes for 300 ms. */
async function unreachableDriver() {
  return createDriver({
    uri: `bolt://127.0.0.1:${await closedPort()}`,
    username: 'neo4j',
    password: '',
    database: 'neo4j',
    maxRetryMs: 300,
  });
}

it('gives up on an unreachable Neo4j after maxRetryMs, not the driver default of 30 s', async () => {
  const driver = await unreachableDriver();
  const started = Date.now();
  try {
    await expect(writeArticle(driver, 'neo4j', seedExtraction())).rejects.toBeInstanceOf(
      GraphUnavailableError,
    );
    // Retries with backoff stop once 300 ms have passed; well below 30 s either way.
    expect(Date.now() - started).toBeLessThan(10_000);
  } finally {
    await driver.close();
  }
});

it('stops an ingest with the unreachable-Neo4j error while the next batch is being extracted', async () => {
  const driver = await unreachableDriver();
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    const samples = path.join(__dirname, '..', '..', '..', 'data', 'samples');
    const written: string[] = [];
    await expect(
      ingestFiles([samples], {
        driver,
        database: 'neo4j',
        batchSize: 1,
        onEvent: (event) => event.kind === 'written' && written.push(event.where),
      }),
    ).rejects.toBeInstanceOf(GraphUnavailableError);
    expect(written).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', record);
    await driver.close();
  }
});
