// The pure parts of the reliability runs and the report: the seeded kill
// schedule, the marked sections of RESULTS.md that each bench mode owns, the
// growth table, and how the API profile groups frames.
import { killSchedule } from '../../../bench/killLoop';
import { placeOf } from '../../../bench/profileApi';
import { growthSection } from '../../../bench/renderResults';
import type { BenchReport } from '../../../bench/runHarness';
import {
  keepSections,
  markedSections,
  markSection,
  replaceSection,
} from '../../../bench/resultsSections';

test('kill schedule: seeded, distinct, ascending, inside the ingest, delays bounded', () => {
  const schedule = killSchedule(2000, 10, 1);
  expect(schedule).toEqual(killSchedule(2000, 10, 1));
  expect(schedule).not.toEqual(killSchedule(2000, 10, 2));
  const points = schedule.map((kill) => kill.atAcknowledged);
  expect(new Set(points).size).toBe(10);
  expect([...points].sort((a, b) => a - b)).toEqual(points);
  for (const kill of schedule) {
    expect(kill.atAcknowledged).toBeGreaterThanOrEqual(1);
    expect(kill.atAcknowledged).toBeLessThanOrEqual(1999);
    expect(kill.delayMs).toBeGreaterThanOrEqual(0);
    expect(kill.delayMs).toBeLessThanOrEqual(800);
  }
  // Never more kills than moments to put them at.
  expect(killSchedule(3, 10, 1)).toHaveLength(2);
});

test('a section is added once, then replaced in place', () => {
  const report = '# Benchmark results\n\nbody\n';
  const once = replaceSection(report, 'soak', 'first');
  expect(once).toBe(`# Benchmark results\n\nbody\n\n${markSection('soak', 'first')}\n`);
  const twice = replaceSection(`${once}\ntail\n`, 'soak', 'second $& $1');
  expect(twice).toContain(markSection('soak', 'second $& $1'));
  expect(twice).not.toContain('first');
  expect(twice.endsWith('tail\n')).toBe(true);
  expect([...markedSections(twice).keys()]).toEqual(['soak']);
});

test('a rewritten report keeps the sections it lacks, not the ones it has', () => {
  const previous = replaceSection(
    replaceSection('# old\n', 'kill-loop', 'kills'),
    'soak',
    'old soak',
  );
  const fresh = replaceSection('# new\n', 'soak', 'new soak');
  const kept = keepSections(previous, fresh);
  expect(kept.startsWith('# new')).toBe(true);
  expect(kept).toContain(markSection('kill-loop', 'kills'));
  expect(kept).toContain(markSection('soak', 'new soak'));
  expect(kept).not.toContain('old soak');
  expect(keepSections('', '# new\n')).toBe('# new\n');
});

test('growth: each query at every size side by side, only when there are several sizes', () => {
  const query = (name: string, api: number, raw: number, alone: number) => ({
    name,
    api: { p50: api },
    raw: { p50: raw },
    apiCypherMs: alone,
  });
  const report = {
    sizes: [
      { articlesLoaded: 1000, queries: [query('country', 4, 2, 1), query('path', 8, 2, 1.5)] },
      { articlesLoaded: 10000, queries: [query('country', 6, 3, 1.2), query('path', 16, 4, 2)] },
    ],
  } as unknown as BenchReport;
  const markdown = growthSection(report);
  expect(markdown).toContain('## Growth');
  expect(markdown).toContain(
    '| query | GraphQL p50 @1000 | GraphQL p50 @10000 | raw p50 @1000 | raw p50 @10000 |',
  );
  expect(markdown).toMatch(
    /\| country \| 4\.00 \| 6\.00 \| 2\.00 \| 3\.00 \| 1\.00 \| 1\.20 \| 1\.50 × \|/,
  );
  expect(markdown).toMatch(/\| path \| 8\.00 \| 16\.0 \| .* \| 2\.00 × \|/);
  expect(growthSection({ sizes: report.sizes.slice(0, 1) } as unknown as BenchReport)).toBe('');
});

test('profile places: packages, source folders, Node internals, V8 pseudo-frames', () => {
  expect(placeOf('file:///w/node_modules/@apollo/server/dist/cjs/x.js', 'f')).toBe(
    '@apollo/server',
  );
  expect(placeOf('file:///w/node_modules/graphql/execution/execute.js', 'f')).toBe('graphql');
  expect(placeOf('file:///w/src/api/createApiContext.ts', 'f')).toBe('src/api');
  expect(placeOf('file:///w/src/graph/queries/readRunner.ts', 'f')).toBe('src/graph/queries');
  expect(placeOf('node:internal/errors', 'f')).toBe('node internals');
  expect(placeOf('', '(garbage collector)')).toBe('(garbage collector)');
  expect(placeOf('', 'writeBuffer')).toBe('(native)');
});
