// Two projects: pure unit tests (no database) and integration tests that talk
// to a real Neo4j, started once per run by the integration project's
// globalSetup (see src/neo4j/neo4jSource.ts for where Neo4j comes from).
const tsJest = ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/tests/integration/**/*.int.test.ts'],
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
      // Sets a 120 s test timeout: `testTimeout` here would be ignored (global-only option).
      setupFilesAfterEnv: ['<rootDir>/tests/support/integrationTimeout.ts'],
    },
  ],
};
