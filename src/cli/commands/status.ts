// `diplograph status`: where Neo4j comes from and whether it answers, the
// schema migrations applied, what the graph holds. Starts nothing.
import type { Command } from 'commander';
import { formatStatus, statusExitCode } from '../formatStatus';
import { readGraphStatus } from '../graphStatus';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('Where Neo4j comes from, whether it answers, migrations applied, graph counts')
    .option('--json', 'print the status as JSON')
    .action(async (flags: { json?: boolean }) => {
      const status = await readGraphStatus(process.env);
      process.stdout.write(
        `${flags.json ? JSON.stringify(status, null, 2) : formatStatus(status)}\n`,
      );
      process.exitCode = statusExitCode(status);
    });
}
