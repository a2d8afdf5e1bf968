// A useful first start: `serve` on an empty graph loads the sample articles,
// so the README's example queries answer at once. A graph that holds any
// article is left as it is (the samples may have been retracted on purpose).
import { existsSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { IngestSummary } from './ingestFiles';
import { ingestFiles } from './ingestFiles';

export type SamplesOutcome =
  | { loaded: false; reason: 'graph not empty' | 'no samples folder' }
  | { loaded: true; dir: string; summary: IngestSummary };

const ANY_ARTICLE = 'MATCH (a:Article) RETURN a.id AS id LIMIT 1';

export async function ingestSamplesIntoEmptyGraph(
  dir: string,
  options: { driver: Driver; database: string; timeoutMs?: number },
): Promise<SamplesOutcome> {
  if (!existsSync(dir)) return { loaded: false, reason: 'no samples folder' };
  const { driver, database } = options;
  const { records } = await driver.executeQuery(ANY_ARTICLE, {}, { database });
  if (records.length > 0) return { loaded: false, reason: 'graph not empty' };
  const summary = await ingestFiles([dir], { driver, database, timeoutMs: options.timeoutMs });
  return { loaded: true, dir, summary };
}
