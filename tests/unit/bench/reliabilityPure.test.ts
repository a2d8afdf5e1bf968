// The pure parts of the reliability runs: the seeded kill schedule and the
// marked sections of RESULTS.md that each bench mode owns.
import { killSchedule } from '../../../bench/killLoop';
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
