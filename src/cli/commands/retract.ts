// `diplograph retract ARTICLE_ID`: take back everything one article asserted.
import type { Command } from 'commander';
import { loadConfig } from '../../config/config';
import { createLogger } from '../../config/logger';
import { openGraph } from '../openGraph';
import { retractArticle } from '../../graph/retract/retractArticle';

export function registerRetractCommand(program: Command): void {
  program
    .command('retract')
    .description(
      'Remove what one article asserted: its evidence, facts only it asserted, orphaned entities',
    )
    .argument('<articleId>', 'the article id (sha256:…) as stored')
    .action(async (articleId: string) => {
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL);
      const graph = await openGraph(process.env, (message) => logger.info(message), {
        maxRetryMs: config.NEO4J_MAX_RETRY_MS,
      });
      try {
        const result = await retractArticle(graph.driver, graph.database, articleId, {
          timeoutMs: config.NEO4J_TX_TIMEOUT_MS,
        });
        if (!result.found) {
          process.stderr.write(`no article ${articleId} in the graph\n`);
          process.exitCode = 1;
          return;
        }
        process.stdout.write(
          `retracted ${articleId}: ${result.factsDeleted} relations removed, ` +
            `${result.factsUpdated} updated, ${result.entitiesDeleted} entities removed\n`,
        );
      } finally {
        await graph.close();
      }
    });
}
