// The `ingest` and `retract` commands end to end, against the integration
// Neo4j (NEO4J_URI is set by globalSetup, so the commands use it).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerIngestCommand } from '../../../src/cli/commands/ingest';
import { registerRetractCommand } from '../../../src/cli/commands/retract';
import { parseArticle } from '../../../src/ingest/parse';
import { closeTestDriver, resetDatabase, testDatabase, testDriver } from '../../support/neo4j';

const SEED = join(__dirname, '../../fixtures/graph/seed-report-az-2025-09-25.txt');

async function run(...args: string[]) {
  const program = new Command().exitOverride();
  registerIngestCommand(program);
  registerRetractCommand(program);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err.push(String(chunk));
    return true;
  });
  process.exitCode = undefined;
  try {
    await program.parseAsync(['node', 'diplograph', ...args]);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const exitCode = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { stdout: out.join(''), stderr: err.join(''), exitCode };
}

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  await resetDatabase(testDriver());
});

afterAll(async () => {
  await closeTestDriver();
});

describe('diplograph ingest / retract', () => {
  it('ingests, reports a summary, and exits 1 when a path failed', async () => {
    const ok = await run('ingest', SEED);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain('articles: 1 new, 0 unchanged, 0 replaced, 0 failed');
    expect(ok.stderr).toContain(`${SEED}: new sha256:`);

    const again = await run('ingest', SEED, '/nonexistent/article.txt');
    expect(again.exitCode).toBe(1);
    expect(again.stdout).toContain('articles: 0 new, 1 unchanged, 0 replaced, 1 failed');
    expect(again.stderr).toContain('/nonexistent/article.txt: no such file or directory');
  });

  it('retracts an article by id, and exits 1 for an unknown id', async () => {
    const { id } = parseArticle(readFileSync(SEED), { fileName: SEED });
    const retracted = await run('retract', id);
    expect(retracted.exitCode).toBe(0);
    expect(retracted.stdout).toMatch(new RegExp(`^retracted ${id}: \\d+ relations removed`));
    const { records } = await testDriver().executeQuery(
      // What is left is the audit trail: the change log and the retired evidence.
      'MATCH (n) WHERE NOT n:Migration AND NOT n:Change AND NOT n:RetiredEvidence RETURN count(n) AS n',
      {},
      { database: testDatabase() },
    );
    expect(Number(records[0]?.get('n'))).toBe(0);

    const unknown = await run('retract', id);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain(`no article ${id}`);
  });
});
