import { formatStatus, statusExitCode } from '../../../src/cli/formatStatus';

describe('formatStatus', () => {
  it('a running local Neo4j with its folder, port and pid, migrations and counts', () => {
    const status = {
      source: {
        origin: 'local' as const,
        dataDir: '/repo/.neo4j/local',
        running: true as const,
        uri: 'bolt://127.0.0.1:41234',
        port: 41234,
        pid: 4242,
      },
      answers: true,
      migrations: { applied: ['001-a', '002-b'], pending: ['003-c'] },
      counts: { articles: 4, entities: 39, facts: 54 },
    };
    expect(formatStatus(status)).toBe(
      [
        'neo4j: local, running at bolt://127.0.0.1:41234 (pid 4242), data in /repo/.neo4j/local',
        'answers: yes',
        'migrations: 2 applied, 1 pending (003-c; applied at the next serve or ingest)',
        'graph: 4 articles, 39 entities, 54 facts',
      ].join('\n'),
    );
    expect(statusExitCode(status)).toBe(0);
  });

  it('a local Neo4j not running, with what a start would need', () => {
    const status = {
      source: {
        origin: 'local' as const,
        dataDir: '/d',
        running: false as const,
        jarsFetched: false,
        toolchain: 'Maven is required …',
      },
    };
    expect(formatStatus(status).split('\n')).toEqual([
      'neo4j: local, not running (serve, ingest or npm run db:start starts it), data in /d',
      'jars: not fetched yet (npm run db:fetch)',
      'toolchain: Maven is required …',
    ]);
    expect(statusExitCode(status)).toBe(0);
  });

  it('NEO4J_URI that does not answer exits 1', () => {
    const status = {
      source: { origin: 'env' as const, uri: 'bolt://db:7687' },
      answers: false,
      error: 'connect ECONNREFUSED',
    };
    expect(formatStatus(status)).toBe(
      'neo4j: bolt://db:7687 (from NEO4J_URI)\nanswers: no (connect ECONNREFUSED)',
    );
    expect(statusExitCode(status)).toBe(1);
  });
});
