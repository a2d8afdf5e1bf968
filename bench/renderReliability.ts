// The kill loop's and the soak's sections of RESULTS.md (each between markers,
// see resultsSections.ts, so the other bench modes keep them).
import type { KillLoopReport } from './killLoop';
import type { SoakReport } from './soak';

export interface RunContext {
  date: string;
  /** os.loadavg() at start and at the end. */
  loadStart: number[];
  loadEnd: number[];
  cores: number;
}

const load = (values: number[]) => values.map((x) => x.toFixed(2)).join(', ');
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function machineNote(context: RunContext): string {
  return `Run on ${context.date}, ${context.cores} cores shared with other engineers' work (load average
1/5/15 min at start ${load(context.loadStart)}, at the end ${load(context.loadEnd)}); Neo4j is the
local embedded one (src/neo4j/localNeo4j.ts, 'throughput' tuning) on the same cores.`;
}

export function renderKillLoop(report: KillLoopReport, context: RunContext): string {
  const kills = report.kills
    .map(
      (kill) =>
        `| ${kill.index} | ${kill.run} | ${kill.armedAtAcknowledged} | ${kill.delayMs} | ${kill.acknowledgedAtKill} | ${kill.midRun ? 'mid-run' : 'after the run'} | ${kill.outcome.replace(/\|/g, '\\|').slice(0, 160)} | ${kill.acknowledgedMissing} | ${kill.restartSeconds.toFixed(1)} |`,
    )
    .join('\n');
  const verdict =
    report.missingArticles === 0 &&
    report.duplicatedArticles === 0 &&
    report.duplicates.length === 0 &&
    report.fingerprintEqual &&
    report.kills.every((kill) => kill.acknowledgedMissing === 0);
  return `## Kill loop

\`npm run bench -- --kill-loop\` (also the first part of \`--soak\`), \`bench/killLoop.ts\`: the
first ${report.articles} corpus articles (seed ${report.seed}) in one JSON Lines file, ingested as
\`diplograph ingest\` does (\`ingestFiles\`, one transaction per 50 articles), into a local Neo4j
that is SIGKILLed ${report.kills.length} times and restarted on the same data folder; the ingest is
re-run after each restart. Each kill is armed once a seeded number of distinct articles has been
acknowledged, and sent a seeded 0–800 ms later (so it lands inside a write transaction, at its
commit, or between batches). Then the graph is compared with a clean ingest of the same file into
an empty database (\`graphFingerprint\`: every node and relationship with its properties but
\`ingestedAt\`).

${machineNote(context)}

**${verdict ? 'PASS' : 'FAIL'}**: ${report.articleNodes} Article nodes for ${report.articles} articles, ${report.missingArticles} missing, ${report.duplicatedArticles} duplicated;
${report.duplicates.length} duplicate nodes or facts (\`graphDuplicates\`); fingerprint equal to a
clean ingest: **${yesNo(report.fingerprintEqual)}** (${report.fingerprintLines} vs ${report.cleanFingerprintLines} lines).
${report.runs} ingest runs in ${report.seconds.toFixed(0)} s (the final one: ${report.finalRun.new} new,
${report.finalRun.unchanged} unchanged, ${report.finalRun.failed} failed); restart after a kill
(recovery included) median ${report.medianRestartSeconds.toFixed(1)} s; the clean ingest took
${report.cleanIngestSeconds.toFixed(0)} s.

| kill | run | armed at (acknowledged) | delay (ms) | acknowledged at the signal | signal | the interrupted run | acknowledged missing after restart | restart (s) |
| ---- | --- | ----------------------- | ---------- | --- | ------ | ------------------- | ---------------------------------- | ----------- |
${kills}
${report.differences.length > 0 ? `\nFirst differences:\n\n${report.differences.map((line) => `- \`${line}\``).join('\n')}\n` : ''}`;
}

export function renderSoak(report: SoakReport, context: RunContext): string {
  const minutes = report.minutes
    .map(
      (m) =>
        `| ${m.minute} | ${m.requests} | ${m.failed} | ${ms(m.p50)} | ${ms(m.p99)} | ${report.queryNames.map((name) => ms(m.perQuery[name]?.p99 ?? Number.NaN)).join(' | ')} | ${m.rssMb.toFixed(0)} | ${m.peakRssMb.toFixed(0)} | ${m.articlesIngested} |`,
    )
    .join('\n');
  const perQueryHeader = report.queryNames.map((name) => `${name} p99`).join(' | ');
  const perQueryRule = report.queryNames.map(() => '---').join(' | ');
  const samples = report.logs.samples.map((line) => `- \`${line.slice(0, 240)}\``).join('\n');
  const failedTotal = report.minutes.reduce((sum, m) => sum + m.failed, 0);
  const requestsTotal = report.minutes.reduce((sum, m) => sum + m.requests, 0);
  return `## Soak

\`npm run bench -- --soak\` (\`--soak-only\` skips the kill loop; \`--minutes N\`, default 10),
\`bench/soak.ts\`: ${report.preloaded} corpus articles loaded first, then for
${report.minutes.length} minute(s) ${report.connections} autocannon connections each cycle through
the bench's five queries (search, country, bilateral dossier of the densest pair, timeline, path;
\`benchQueries.ts\`, parameters ${JSON.stringify(report.params)}) against the API in a child
process (\`startHttpServer\`, NODE_ENV=production, LOG_LEVEL=warn), while the same process ingests
new corpus articles (${report.ingestWorkers} extraction worker, \`writeArticles\` 50 per
transaction). A request fails when it is not a 200, errors or times out (10 s), or its body holds
GraphQL \`errors\`. Latencies from autocannon (whole mix) and per query (send to last byte, ms).

${machineNote(context)}

**${failedTotal === 0 && report.logs.aboveWarn === 0 ? 'PASS' : 'FAIL'}**: ${requestsTotal} requests, **${failedTotal} failed**;
${report.ingest.articles} articles ingested during the soak (${report.ingest.failed} failed,
${(report.ingest.articles / report.ingest.seconds).toFixed(1)} articles/s); API log lines above warn:
**${report.logs.aboveWarn}** (warn: ${report.logs.warn}, other stderr lines: ${report.logs.other}).
${report.note ? `\n${report.note}\n` : ''}
| minute | requests | failed | p50 | p99 | ${perQueryHeader} | API RSS at end (MB) | API peak RSS in the minute (MB) | articles ingested |
| --- | --- | --- | --- | --- | ${perQueryRule} | --- | --- | --- |
${minutes}
${samples ? `\nLog samples (above info):\n\n${samples}\n` : ''}`;
}
