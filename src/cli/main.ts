// diplograph's one CLI: each subcommand lives in src/cli/commands/ and is
// registered here.
import { Command } from 'commander';
import { registerExtractCommand } from './commands/extract';
import { registerServeCommand } from './commands/serve';
import { registerIngestCommand } from './commands/ingest';
import { registerRetractCommand } from './commands/retract';
import { registerStatusCommand } from './commands/status';
import { packageVersion } from '../config/packageVersion';

const program = new Command()
  .name('diplograph')
  .description('Bilateral-relations knowledge graph: articles → Neo4j → GraphQL')
  .version(packageVersion());

registerServeCommand(program);
registerExtractCommand(program);
registerIngestCommand(program);
registerRetractCommand(program);
registerStatusCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`diplograph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
