// `diplograph serve`: the API, after the graph is ready (Neo4j, migrations,
// samples on an empty graph); SIGINT/SIGTERM stop it within 10 s.
import type { Command } from 'commander';
import { startApp } from '../../app';
import { stopOnSignals } from '../stopOnSignals';

/** Within the 10 s promised to whoever stops us; the app's own budget is smaller. */
const STOP_DEADLINE_MS = 9_500;

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the GraphQL API (PORT, default 4000). Without NEO4J_URI it uses the local Neo4j ' +
        'of the data folder (NEO4J_LOCAL_DATA_DIR), starting it when none runs there.',
    )
    .option('--no-samples', 'do not load the sample articles into an empty graph')
    .action(async (flags: { samples: boolean }) => {
      const app = await startApp(process.env, { samples: flags.samples });
      stopOnSignals({
        stop: () => app.stop(),
        log: (message, fields) => app.logger.info(fields ?? {}, message),
        deadlineMs: STOP_DEADLINE_MS,
      });
    });
}
