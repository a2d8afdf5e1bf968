// `diplograph status` as lines a person reads (the --json form is GraphStatus itself).
import type { GraphStatus } from './graphStatus';

export function formatStatus(status: GraphStatus): string {
  const { source } = status;
  const lines: string[] = [];
  if (source.origin === 'env') {
    lines.push(`neo4j: ${source.uri} (from NEO4J_URI)`);
  } else if (source.running) {
    lines.push(
      `neo4j: local, running at ${source.uri} (pid ${source.pid}), data in ${source.dataDir}`,
    );
  } else {
    lines.push(
      `neo4j: local, not running (serve, ingest or npm run db:start starts it), data in ${source.dataDir}`,
    );
    lines.push(
      `jars: ${source.jarsFetched ? 'fetched (tools/neo4j/lib)' : 'not fetched yet (npm run db:fetch)'}`,
    );
    lines.push(`toolchain: ${source.toolchain ?? 'ok'}`);
  }
  if (status.answers === false) lines.push(`answers: no (${status.error ?? 'no answer'})`);
  if (status.answers) lines.push('answers: yes');
  if (status.migrations) {
    const { applied, pending } = status.migrations;
    lines.push(
      `migrations: ${applied.length} applied` +
        (pending.length
          ? `, ${pending.length} pending (${pending.join(', ')}; applied at the next serve or ingest)`
          : ', none pending'),
    );
  }
  if (status.counts) {
    const { articles, entities, facts } = status.counts;
    lines.push(`graph: ${articles} articles, ${entities} entities, ${facts} facts`);
  }
  return lines.join('\n');
}

/** Exit code: 1 when a Neo4j that should answer does not. */
export function statusExitCode(status: GraphStatus): number {
  return status.answers === false ? 1 : 0;
}
