// Child process: the real API (startHttpServer) on loopback, so its memory can
// be measured alone. Neo4j settings come from NEO4J_* and PORT from the
// parent; prints `LISTENING <url>` once ready, stops on SIGTERM. With
// BENCH_CPU_PROFILE=<file>, SIGUSR2 starts a V8 CPU profile (start-up left
// out) that SIGTERM writes to that file before exiting.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import 'reflect-metadata';
import { asDeployed } from './asDeployed';
import { buildApiSchema } from '../src/api/buildSchema';
import { startHttpServer } from '../src/api/http';
import { loadConfig } from '../src/config/config';
import { createLogger } from '../src/config/logger';
import { createDriver } from '../src/graph/driver';

asDeployed();

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const driver = createDriver({
    uri: config.NEO4J_URI ?? '',
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  const server = await startHttpServer({
    schema: buildApiSchema(),
    config,
    driver,
    database: config.NEO4J_DATABASE,
    logger: createLogger(config.LOG_LEVEL),
  });
  const profileFile = process.env.BENCH_CPU_PROFILE;
  let profiler: Session | undefined;
  if (profileFile) {
    process.once('SIGUSR2', () => {
      profiler = new Session();
      profiler.connect();
      void profiler.post('Profiler.enable').then(() => profiler?.post('Profiler.start'));
    });
  }
  process.stdout.write(`LISTENING ${server.url}\n`);
  process.once('SIGTERM', () => {
    void (async () => {
      if (profiler && profileFile) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(profileFile, JSON.stringify(profile));
      }
      await server.close();
      await driver.close();
    })().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
