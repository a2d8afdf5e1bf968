import type { Command } from 'commander';
import { startApp } from '../../app';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Start the GraphQL API (PORT, default 4000). Without NEO4J_URI it starts Neo4j itself.',
    )
    .action(async () => {
      const app = await startApp();
      let stopping = false;
      const shutdown = (signal: string) => {
        if (stopping) return;
        stopping = true;
        app.logger.info({ signal }, 'shutting down: draining requests');
        app.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            app.logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.on('SIGTERM', () => shutdown('SIGTERM'));
      process.on('SIGINT', () => shutdown('SIGINT'));
    });
}
