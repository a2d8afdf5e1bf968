// The pure parts of the benchmark harness: medians, plan walking, targets.
import { checkPlan, planOperators } from '../../../bench/explainPlan';
import { hotspots } from '../../../bench/profileCpu';
import { median } from '../../../bench/stats';
import { atLeast, atMost } from '../../../bench/targets';

test('median of odd and even counts, unsorted input', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
});

test('plan walk finds nested operators without the runtime suffix, and flags scans', () => {
  const plan = {
    operatorType: 'ProduceResults@neo4j',
    children: [
      {
        operatorType: 'Apply@neo4j',
        children: [
          { operatorType: 'NodeUniqueIndexSeek@neo4j' },
          { operatorType: 'NodeByLabelScan@neo4j', children: [] },
        ],
      },
    ],
  };
  expect(planOperators(plan)).toEqual([
    'Apply',
    'NodeByLabelScan',
    'NodeUniqueIndexSeek',
    'ProduceResults',
  ]);
  expect(checkPlan(plan)).toMatchObject({ scans: ['NodeByLabelScan'], usesIndex: true });
  expect(checkPlan({ operatorType: 'AllNodesScan@neo4j' })).toMatchObject({
    scans: ['AllNodesScan'],
    usesIndex: false,
  });
});

test('hotspots sum self samples per function and rank them', () => {
  const frame = (functionName: string, lineNumber: number) => ({
    functionName,
    url: '',
    lineNumber,
  });
  const top = hotspots(
    [
      { hitCount: 1, callFrame: frame('a', 0) },
      { hitCount: 2, callFrame: frame('b', 4) },
      { hitCount: 1, callFrame: frame('a', 0) },
      { hitCount: 0, callFrame: frame('', 0) },
    ],
    2,
  );
  expect(top).toEqual([
    { where: 'a', share: 0.5 },
    { where: 'b', share: 0.5 },
  ]);
});

test('targets pass at the boundary and miss beyond it', () => {
  expect(atLeast('x', 200, 200, 'articles/s').pass).toBe(true);
  expect(atLeast('x', 200, 199.9, 'articles/s').pass).toBe(false);
  expect(atMost('y', 1.3, 1.31, '×')).toMatchObject({ pass: false, measured: '1.31 ×' });
  expect(atMost('y', 50, 12, 'ms', 'at 1k')).toMatchObject({ pass: true, note: 'at 1k' });
});
