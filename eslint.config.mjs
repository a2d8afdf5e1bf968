// Lint enforces the architecture as well as style: no import cycles, layers
// that point one way (ARCHITECTURE below, explained in src/README.md), type-only
// imports marked, and Prettier owns formatting.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

/** Every top-level part of src/, as zone paths. */
const PARTS = {
  config: 'src/config',
  ingest: 'src/ingest',
  graph: 'src/graph',
  neo4j: 'src/neo4j',
  pipeline: 'src/pipeline',
  api: 'src/api',
  cli: 'src/cli',
  app: 'src/app.ts',
};
const all = (...except) =>
  Object.entries(PARTS)
    .filter(([name]) => !except.includes(name))
    .map(([, path]) => path);

/**
 * What each part may not import. Ingestion flows parse → extract → resolve
 * (ingest, pure) → plan → write (graph); queries flow graph → api; pipeline
 * orchestrates ingest and graph; neo4j provisions a database and knows none of
 * it; only the composition root (app.ts) and the CLI may import everything.
 */
const ARCHITECTURE = [
  { target: PARTS.config, from: all('config'), message: 'config is a leaf.' },
  {
    target: PARTS.ingest,
    from: all('config', 'ingest'),
    message: 'ingest is pure: the graph, the API and orchestration build on it, not it on them.',
  },
  {
    target: PARTS.graph,
    from: all('config', 'ingest', 'graph'),
    message: 'graph reads and writes Neo4j; the API, the pipeline and provisioning sit above it.',
  },
  {
    target: PARTS.neo4j,
    from: all('config', 'neo4j'),
    message: 'neo4j only provisions a database; it knows nothing of the model.',
  },
  {
    target: PARTS.pipeline,
    from: [PARTS.api, PARTS.cli, PARTS.app, PARTS.neo4j],
    message: 'pipeline orchestrates ingest and graph; the API and the CLI call it.',
  },
  {
    target: PARTS.api,
    from: [PARTS.cli, PARTS.app, PARTS.neo4j],
    message: 'the API is given a driver by the composition root (app.ts).',
  },
  // Stages inside ingest: parse → extract (with dates) → resolve. Rules every
  // stage shares (types, factKey, nameSimilarity, dataFile) sit in src/ingest.
  {
    target: 'src/ingest/parse',
    from: ['src/ingest/extract', 'src/ingest/dates', 'src/ingest/resolve'],
    message: 'parse comes first: it cannot use later stages.',
  },
  {
    target: 'src/ingest/dates',
    from: ['src/ingest/parse', 'src/ingest/extract', 'src/ingest/resolve'],
    message: 'dates is a helper of extract and uses no stage.',
  },
  {
    target: 'src/ingest/extract',
    from: ['src/ingest/resolve'],
    message: 'extract comes before resolve; shared rules belong in src/ingest.',
  },
  {
    target: 'src/ingest/resolve',
    from: ['src/ingest/parse', 'src/ingest/extract', 'src/ingest/dates'],
    message: 'resolve works on extractions only.',
  },
  // Inside graph: the model's rules are pure and below everything; reads never use writes.
  {
    target: 'src/graph/model',
    from: [
      'src/graph/plan',
      'src/graph/write',
      'src/graph/retract',
      'src/graph/migrate',
      'src/graph/queries',
    ],
    message: 'graph/model holds pure rules that plan, write, retract and queries use.',
  },
  {
    target: 'src/graph/queries',
    from: ['src/graph/plan', 'src/graph/write', 'src/graph/retract', 'src/graph/migrate'],
    message: 'reads do not depend on writes.',
  },
  {
    target: 'src/graph/plan',
    from: ['src/graph/write', 'src/graph/retract'],
    message: 'the plan is pure; the writer runs it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'coverage',
      'tools/neo4j/lib',
      '.neo4j',
      'bench/out',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: ARCHITECTURE },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  prettier,
);
