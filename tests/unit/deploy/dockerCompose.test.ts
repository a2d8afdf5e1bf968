import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NEO4J_IMAGE } from '../../../src/neo4j/neo4jSource';

// No Docker engine runs on CI machines, so the compose file is checked by
// reading it: services, image pin, healthchecks and wiring.
interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = join(__dirname, '..', '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;
  const seed = compose.services['ingest-samples'];

  it('runs Neo4j 5.26 Community with auth from the environment and a named volume', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    // testcontainers runs the same pinned image as compose
    expect(neo4j?.image).toBe(NEO4J_IMAGE);
    expect(String(neo4j?.environment?.NEO4J_AUTH)).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD/);
    expect(neo4j?.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(neo4j?.ports).toEqual(expect.arrayContaining(['7474:7474', '7687:7687']));
    expect(neo4j?.healthcheck?.test.join(' ')).toMatch(/7474/);
  });

  it('starts the API on 4000 once Neo4j is healthy, pointed at the neo4j service', () => {
    expect(api?.build).toBeDefined();
    expect(api?.ports).toContain('4000:4000');
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(String(api?.environment?.NEO4J_PASSWORD)).toMatch(/NEO4J_PASSWORD/);
    expect(api?.healthcheck?.test.join(' ')).toMatch(/\/ready/);
  });

  it('ingests the shipped sample articles once the API is up', () => {
    expect(seed?.command).toEqual(['ingest', 'data/samples']);
    expect(seed?.depends_on?.api?.condition).toBe('service_healthy');
    expect(seed?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('builds a multi-stage image that runs as a non-root user', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
  });
});
