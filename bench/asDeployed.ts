// The bench's servers run TypeScript through tsx, which turns on source maps
// for stack traces. A deployed diplograph runs compiled JavaScript (dist/, the
// Docker image) without them, and neo4j-driver formats a stack trace for every
// query it runs: with source maps on, that alone measured ~6% of the API's CPU
// under load. Both sides of the comparison switch them off, as deployed.
export function asDeployed(): void {
  process.setSourceMapsEnabled(false);
}
