// BenchReport → bench/RESULTS.md: machine, targets with PASS/MISS, each
// section's medians, the plan check, memory, and for missed targets where the
// time goes and what would fix it.
import { checkTargets } from './checkTargets';
import type { BenchReport, SizeResult } from './runHarness';
import type { TargetCheck } from './targets';
import { round } from './targets';

const status = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');
const list = (values: readonly number[]) => values.map(round).join(', ');

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function machineSection(r: BenchReport): string {
  const m = r.machine;
  return `## Machine

${table(
  ['', ''],
  [
    ['date', m.date],
    ['CPU', `${m.cpuModel} × ${m.cores} cores`],
    ['memory', `${m.memoryGb.toFixed(1)} GiB`],
    ['Node', m.node],
    ['Java', m.java],
    ['Neo4j', `${m.neo4j} (${r.neo4jOrigin})`],
    ['OS', m.platform],
    ['load average at start (1, 5, 15 min)', m.loadAverage.map((x) => x.toFixed(2)).join(', ')],
  ],
)}

Other engineers' processes shared these ${m.cores} cores during the run (see the load
average): absolute figures are lower bounds of what the code does on an idle machine.
Neo4j, the API, the raw baseline and the load generator also share them.${
    r.neo4jOrigin === 'local'
      ? `\n\nNeo4j is the embedded one \`acquireNeo4j\` starts (src/neo4j/localNeo4j.ts) with the
'throughput' tuning (full JIT, serial GC, 2 GiB heap, 1 GiB page cache), on the same 2 cores as
everything else; a server Neo4j on its own cores via \`NEO4J_URI=… npm run bench -- --wipe\`
gives production-like figures.`
      : ''
  }`;
}

function targetsSection(checks: TargetCheck[]): string {
  return `## Targets

${table(
  ['target', 'wanted', 'measured', 'result', 'note'],
  checks.map((c) => [c.name, c.target, c.measured, status(c.pass), c.note ?? '']),
)}`;
}

function extractionSection(r: BenchReport): string {
  const e = r.extraction;
  return `## Extraction throughput

${e.articles} corpus articles (${e.megabytes.toFixed(2)} MB of text), parse + extract, median of
${e.oneCore.runs.length} runs after a warm-up pass.

${table(
  ['', 'articles/s', 'MB/s', 'runs (articles/s)'],
  [
    [
      'one core (in-process loop)',
      round(e.oneCore.articlesPerSecond),
      round(e.oneCore.megabytesPerSecond),
      list(e.oneCore.runs),
    ],
    [
      `all cores (${e.allCores.workers} worker threads)`,
      round(e.allCores.articlesPerSecond),
      round(e.allCores.megabytesPerSecond),
      list(e.allCores.runs),
    ],
  ],
)}`;
}

function ingestSection(r: BenchReport): string {
  const i = r.ingest;
  return `## End-to-end ingest

${i.articles} articles into an empty graph (migrations applied), timed as ${i.runs.length} consecutive
segments (the runs; the graph grows from one to the next): extraction in ${i.workers} worker
threads, \`writeArticles\` (one transaction per ${i.transactionSize ?? 1} articles, as \`diplograph ingest\`) with
${i.writeConcurrency} in flight, the next 100 articles extracted while the last are written. Graph writes = nodes + relationships added (count store), per second.
Median of the ${i.runs.length} segments: **${round(i.articlesPerSecond)} articles/s**, **${round(
    i.graphWritesPerSecond,
  )} graph writes/s**.

${table(
  [
    'run',
    'seconds',
    'articles/s',
    'nodes',
    'relationships',
    'writes/s',
    'waiting for extraction (s)',
    'in writes (s)',
    'failed',
  ],
  i.runs.map((run, index) => [
    String(index + 1),
    round(run.seconds),
    round(run.articlesPerSecond),
    String(run.nodes),
    String(run.relationships),
    round(run.graphWritesPerSecond),
    round(run.extractWaitSeconds),
    round(run.writeSeconds),
    String(run.failures),
  ]),
)}`;
}

function querySection(s: SizeResult): string {
  const p = s.params;
  const settings = `${s.settings.connections} connections, ${s.settings.durationSeconds} s per run, ${s.settings.runs} runs per side, alternating`;
  const topUp = s.topUp
    ? `\nLoading the graph to this size: ${s.topUp.articles} more articles at ${round(s.topUp.articlesPerSecond)} articles/s.\n`
    : '';
  return `## Queries at ${s.articlesLoaded} articles
${topUp}
autocannon on loopback (${settings}). GraphQL = the API (\`startHttpServer\`, NODE_ENV=production)
in a child process; raw = hand-written Cypher through neo4j-driver behind a bare \`node:http\`
endpoint, also a child process, so both sides pay HTTP + JSON. Latencies in ms, medians of
the runs. Parameters picked from the graph: the pair with most facts between them
(${p.countryA}–${p.countryB}), their best-known officials (${p.personA}, ${p.personB}).

${table(
  [
    'query',
    'GraphQL p50',
    'GraphQL p99',
    'GraphQL req/s',
    'raw p50',
    'raw p99',
    'raw req/s',
    'GraphQL / raw (p50)',
    'same answer',
    'failed requests',
    'API Cypher alone',
    'raw Cypher alone',
  ],
  s.queries.map((q) => [
    q.label,
    round(q.api.p50),
    round(q.api.p99),
    round(q.api.requestsPerSecond),
    round(q.raw.p50),
    round(q.raw.p99),
    round(q.raw.requestsPerSecond),
    `${round(q.ratio)} ×`,
    q.answersMatch ? 'yes' : '**NO**',
    String(q.api.failures + q.raw.failures),
    round(q.apiCypherMs),
    round(q.rawCypherMs),
  ]),
)}

"Cypher alone" = median driver round trip of that side's Cypher, one request at a time, no
HTTP and no load (the API's Cypher is the text its resolvers send, \`apiCypher.ts\`): the
database's share of each latency.

Answers compared before timing (canonical projections: ids in order for search and timeline;
id, name, articleCount for the country; fact keys, agreements, shared organisations and
article count for the dossier; number and lengths of paths).
${s.queries
  .filter((q) => !q.answersMatch)
  .map(
    (q) =>
      `\n- ${q.name} differs: GraphQL ${JSON.stringify(q.graphqlAnswer)} vs raw ${JSON.stringify(q.rawAnswer)}`,
  )
  .join('')}

### Index check (EXPLAIN)

No \`AllNodesScan\` or \`NodeByLabelScan\` may appear on these hot paths.

${table(
  ['query', 'side', 'scans', 'operators'],
  s.queries.flatMap((q) => [
    [q.name, 'API', q.apiPlan.scans.join(', ') || 'none', q.apiPlan.operators.join(', ')],
    [q.name, 'raw', q.rawPlan.scans.join(', ') || 'none', q.rawPlan.operators.join(', ')],
  ]),
)}

### Memory

API process RSS: ${round(s.apiMemory.idleRssMb)} MB idle after start, **${round(
    s.apiMemory.peakRssMb,
  )} MB peak** during the loads (VmHWM, reset before loading). Raw baseline peak: ${round(
    s.rawMemory.peakRssMb,
  )} MB.

### Dossier profile (PROFILE of the API's dossier queries: core, statements, sources)

${s.dossierProfile.dbHits} database hits, ${s.dossierProfile.rows} rows. Heaviest operators:

${s.dossierProfile.top.map((t) => `- ${t.operator} \`${t.details.replace(/`/g, "'")}\`: ${t.dbHits} hits, ${t.rows} rows`).join('\n')}`;
}

/** The dossier PROFILE's heaviest operator and its share of the hits. */
function heaviest(size: SizeResult): string {
  const top = size.dossierProfile.top[0];
  if (!top || size.dossierProfile.dbHits === 0) return '';
  const share = Math.round((top.dbHits / size.dossierProfile.dbHits) * 100);
  return ` The heaviest operator is ${top.operator} \`${top.details.replace(/`/g, "'")}\` with ${
    top.dbHits
  } of the ${size.dossierProfile.dbHits} hits (${share} %).`;
}

const ADVICE: { prefix: string; text: (r: BenchReport) => string }[] = [
  {
    prefix: 'extraction',
    text: (
      r,
    ) => `**Extraction below 200 articles/s on one core.** CPU profile of one pass (self time):

${r.extractionHotspots.map((h) => `- ${(h.share * 100).toFixed(1)} % ${h.where}`).join('\n')}

${
  (r.extractionHotspots[0]?.share ?? 0) < 0.1
    ? `The profile is flat (no function above ${round(
        (r.extractionHotspots[0]?.share ?? 0) * 100,
      )} %): the time is spread over many rule passes that each re-read the text, so no single
fix triples throughput.`
    : 'The functions at the top of this list are the work to cut.'
} What would fix it: tokenize once and share the tokens between the rules and the
gazetteer matcher, memoise normalisation
(\`asciiFold\`/slugs) of surface forms that repeat across articles, and run each relation
rule only on sentences whose tokens can trigger it. Throughput also scales with worker
threads (the all-cores row) when cores are free; this machine's load average is above.`,
  },
  {
    prefix: 'ingest',
    text: (r) => {
      const runs = r.ingest.runs;
      const writeSeconds = runs.reduce((sum, run) => sum + run.writeSeconds, 0);
      const waitSeconds = runs.reduce((sum, run) => sum + run.extractWaitSeconds, 0);
      const totalSeconds = runs.reduce((sum, run) => sum + run.seconds, 0);
      const articles = runs.reduce((sum, run) => sum + run.articles, 0);
      const perArticle = (writeSeconds * 1000) / articles;
      const writesDominate = writeSeconds > waitSeconds;
      return `**Ingest below 100 articles/s end to end.** Over the ${runs.length} segments, ${round(
        writeSeconds,
      )} s of ${round(totalSeconds)} s went to write transactions and ${round(
        waitSeconds,
      )} s to waiting for extraction: ${
        writesDominate
          ? `the writes are the bottleneck (extraction in ${r.ingest.workers} workers keeps ahead), about ${round(
              perArticle,
            )} ms of write transaction per article.`
          : 'extraction is the bottleneck (see its profile).'
      } A batch of ${r.ingest.transactionSize ?? 1} articles is one transaction: one lookup of
stored versions, per article only the cross-article resolution reads (when it names
agreements), and the new articles combined into a handful of \`UNWIND\` statements.
What remains is Neo4j's own work per article (about 20 Evidence nodes, 20 mentions and
a dozen fact updates, their index entries, the entity full-text index, the transaction
log and its fsync at commit), and it shares the 2 cores with the extraction workers and
the writer: measured without extraction, writes alone reach about 85 articles/s once
the JIT is warm. Fix: give Neo4j its own cores (a server Neo4j via \`NEO4J_URI\`), drop
the per-fact \`articleIds\` list (no read uses it any more; it grows with a popular fact's
history and is rewritten on every write to it), and resolve agreements for a whole
batch in one read.`;
    },
  },
  {
    prefix: 'bilateral dossier',
    text: (r) => `**Dossier p99 above target.** ${r.sizes
      .map((size) => {
        const q = size.queries.find((x) => x.name === 'bilateral');
        return q
          ? `At ${size.articlesLoaded} articles the API's dossier queries alone take ${round(
              q.apiCypherMs,
            )} ms (one request, no load; ${size.dossierProfile.dbHits} database hits), the raw
dossier Cypher ${round(q.rawCypherMs)} ms; under ${size.settings.connections} connections the API's p50 is ${round(
              q.api.p50,
            )} ms and p99 ${round(q.api.p99)} ms.${heaviest(size)}`
          : '';
      })
      .join(' ')} Latency under load is the single-request cost times the queue on 2
shared cores (${r.sizes[0]?.settings.connections ?? 'several'} requests in flight on a Neo4j that shares the cores with the API,
the load generator and any other work on the machine). The pair measured is the corpus's densest
(the Zipf-skewed generator puts about one article in ten on it): its dossier is hundreds of
facts, hundreds of statements per side and about a thousand source articles, so even one
request costs tens of milliseconds, and 8 connections queue behind it. Fix: precompute
what grows with a side's whole history (an \`ABOUT\` link from each Statement to the
countries its article names, so statements are found from the pair, not by scanning a
side's every statement; per-pair source counts maintained at write time), page the
dossier's lists (a dossier returns every fact, the API projects all their properties),
and give Neo4j its own cores.`,
  },
  {
    prefix: 'GraphQL / raw',
    text: (r) => `**GraphQL more than 1.3 × raw.** Per query, the database's share (each side's
Cypher alone, one request, no load) against the p50 under load:

${r.sizes
  .flatMap((size) =>
    size.queries.map(
      (q) =>
        `- ${q.name} at ${size.articlesLoaded}: API Cypher ${round(q.apiCypherMs)} ms vs raw Cypher ${round(
          q.rawCypherMs,
        )} ms alone; p50 ${round(q.api.p50)} vs ${round(q.raw.p50)} ms under load`,
    ),
  )
  .join('\n')}

Where the API's Cypher alone is already slower than the raw Cypher, the gap is the
query: the API's projections return every property of every fact plus the entities
they name (each with a COUNT of its mentions) whatever the selection asks for, where
the raw Cypher returns only what is selected. The rest is per-request work in the API
process, competing for the same 2 cores as Neo4j (under load a slower server also queues
longer, so ratios grow with load, and the cheapest queries show the largest ratios). A CPU
profile of the API under load (\`node --cpu-prof\`, country query) put about 15 % in express
(router, body parsing), 12 % in Apollo's request pipeline, 5 % in graphql-js and the rest
mostly in neo4j-driver (socket writes, result decoding) that the raw side pays too.
Already done: production mode, source maps off as deployed, graphql's default resolver
for plain fields (+10 % requests/s). Fix: project only what the selection needs (the
neo4j/graphql approach: one Cypher query per operation, built from the selection set),
serve Apollo on \`node:http\` without express, and merge the path query's existence check
into the path query itself (two round trips today).`,
  },
  {
    prefix: 'API peak RSS',
    text: (r) => `**API memory above 300 MB.** The peak comes with the dossier of the densest pair
(hundreds of facts with all their properties, for ${r.sizes[0]?.settings.connections ?? 'several'} concurrent requests). Fix: page the
dossier's lists, bound concurrent requests per process, and lower
\`maxConnectionPoolSize\`.`,
  },
];

function missesSection(r: BenchReport, checks: TargetCheck[]): string {
  const missed = ADVICE.filter((advice) =>
    checks.some((c) => c.pass === false && c.name.startsWith(advice.prefix)),
  );
  if (missed.length === 0) return '## Missed targets\n\nNone.';
  return `## Missed targets: where the time goes, what would fix it

${missed.map((advice) => advice.text(r)).join('\n\n')}`;
}

/** Each query's p50 (GraphQL and raw) and the API's Cypher alone at every size measured, side by side. */
export function growthSection(r: BenchReport): string {
  if (r.sizes.length < 2) return '';
  const sizes = r.sizes.map((s) => s.articlesLoaded);
  const names = r.sizes[0]?.queries.map((q) => q.name) ?? [];
  const at = (name: string) => r.sizes.map((s) => s.queries.find((q) => q.name === name));
  const cells = (name: string, pick: (q: SizeResult['queries'][number]) => number) =>
    at(name).map((q) => (q ? round(pick(q)) : 'n/a'));
  const growth = (name: string) => {
    const [first, last] = [at(name)[0], at(name).at(-1)];
    return first && last ? `${round(last.api.p50 / first.api.p50)} ×` : 'n/a';
  };
  return `## Growth

Each query's p50 under load (ms; GraphQL, then raw) and the API's Cypher alone (one request, no
load) at every graph size of this run, so the growth of each cost with the graph is visible
(the parameters are re-picked at each size: the densest pair and its officials may change).

${table(
  [
    'query',
    ...sizes.map((n) => `GraphQL p50 @${n}`),
    ...sizes.map((n) => `raw p50 @${n}`),
    ...sizes.map((n) => `API Cypher alone @${n}`),
    `GraphQL p50 growth ${sizes[0]}→${sizes.at(-1)}`,
  ],
  names.map((name) => [
    name,
    ...cells(name, (q) => q.api.p50),
    ...cells(name, (q) => q.raw.p50),
    ...cells(name, (q) => q.apiCypherMs),
    growth(name),
  ]),
)}`;
}

export function renderResults(report: BenchReport): string {
  const checks = checkTargets(report);
  const notMeasured = checks.filter((c) => c.pass === null).map((c) => c.name);
  return `# Benchmark results

Generated by \`npm run bench${report.mode === 'quick' ? ' -- --quick' : ''}\` (${report.mode} mode, corpus seed ${report.seed}) in ${report.totalSeconds.toFixed(0)} s.
Do not edit by hand: run the bench again. Figures are medians of several runs.
${notMeasured.length ? `\nNot measured in this run: ${notMeasured.join('; ')} (run \`npm run bench\`, the full mode, for the 10k/100k graphs).\n` : ''}
${machineSection(report)}

${targetsSection(checks)}

${extractionSection(report)}

${ingestSection(report)}

${report.sizes.map(querySection).join('\n\n')}

${growthSection(report)}

${missesSection(report, checks)}
`;
}
