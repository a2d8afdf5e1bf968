import type { Command } from 'commander';

// Placeholder until the extraction pipeline lands (owned by the extraction work).
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Print the extraction JSON of each article file, one per line')
    .argument('<files...>', 'article files')
    .action(() => {
      throw new Error('extract is not implemented yet');
    });
}
