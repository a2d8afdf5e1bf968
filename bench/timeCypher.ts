// Median round trip of one query through neo4j-driver alone (no HTTP, no
// load): how much of an endpoint's latency is the database's.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { median } from './stats';

export async function timeCypher(
  driver: Driver,
  database: string,
  cypher: string,
  params: Record<string, unknown>,
  times: number,
): Promise<number> {
  const config = { database, routing: neo4j.routing.READ };
  await driver.executeQuery(cypher, params, config);
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const started = process.hrtime.bigint();
    await driver.executeQuery(cypher, params, config);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}
