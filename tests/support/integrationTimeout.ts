// Integration tests talk to a real Neo4j (and may start one): give them two
// minutes. A per-project `testTimeout` in jest.config.js is ignored by Jest
// (jest-circus reads only the global option), hence this setup file.
jest.setTimeout(120_000);
