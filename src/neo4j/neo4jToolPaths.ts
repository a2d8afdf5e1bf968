// Where the local Neo4j's files live: the Maven project and launcher are kept in
// git (tools/neo4j), the jars and the class-data archive are fetched into the
// git-ignored tools/neo4j/lib.
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface Neo4jToolPaths {
  /** The repository root (holds tools/ and .neo4j/). */
  root: string;
  pom: string;
  launcher: string;
  libDir: string;
  /** CDS archive of the classes a start-up loads; cuts about 2 s from each start. */
  classDataArchive: string;
  /** Default home of the database that `npm run db:start` runs. */
  stateDir: string;
}

/** Paths under `root`; by default the nearest folder above this file that holds tools/neo4j. */
export function neo4jToolPaths(root: string = findRepoRoot(__dirname)): Neo4jToolPaths {
  const toolsDir = path.join(root, 'tools', 'neo4j');
  const libDir = path.join(toolsDir, 'lib');
  return {
    root,
    pom: path.join(toolsDir, 'pom.xml'),
    launcher: path.join(toolsDir, 'Neo4jLauncher.java'),
    libDir,
    classDataArchive: path.join(libDir, 'neo4j-classes.jsa'),
    stateDir: path.join(root, '.neo4j'),
  };
}

// Walk up rather than count "../": the file runs from src/neo4j under tsx and
// ts-jest, and from dist/neo4j once compiled.
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'tools', 'neo4j', 'pom.xml'))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(
        `tools/neo4j/pom.xml not found above ${start}: run from a diplograph checkout`,
      );
    }
  }
}
