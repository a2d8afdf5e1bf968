// Golden tests: the seed article and invented fixture articles about other
// pairs (tests/fixtures/extract) against their gold files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/ingest/extractArticle';
import type { Gold } from './goldScore';
import { scoreAgainstGold } from './goldScore';

const root = join(__dirname, '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'extract');
const seedText = join(root, 'data', 'samples', 'seed-report-az-2025-09-25.txt');
const seedGold = join(
  root,
  'tests',
  'fixtures',
  'extract',
  'seed',
  'seed-report-az-2025-09-25.gold.json',
);

function run(textFile: string, goldFile: string): ReturnType<typeof scoreAgainstGold> {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  return scoreAgainstGold(gold, extractArticle(readFileSync(textFile), textFile));
}

describe('golden: seed article', () => {
  const s = run(seedText, seedGold);
  it('finds every required entity, relation and quotation', () => {
    expect(s.missedEntities).toEqual([]);
    expect(s.missedRelations).toEqual([]);
    expect(s.missedQuotes).toEqual([]);
  });
  it('keeps relation precision at 0.95 or more, with the gold dates', () => {
    expect(s.spuriousRelations).toEqual([]);
    expect(s.relationPrecision).toBeGreaterThanOrEqual(0.95);
    expect(s.badDates).toEqual([]);
    expect(s.forbidden).toEqual([]);
  });
});

const names = readdirSync(fixtures).filter((f) => f.endsWith('.txt'));

describe.each(names)('golden fixture %s', (name) => {
  const s = run(join(fixtures, name), join(fixtures, name.replace(/\.txt$/, '.gold.json')));
  it('finds the required facts', () => {
    expect(s.missedEntities).toEqual([]);
    expect(s.missedRelations).toEqual([]);
    expect(s.missedQuotes).toEqual([]);
  });
  it('reports no planned, negated or invented facts and no forbidden entity', () => {
    expect(s.spuriousRelations).toEqual([]);
    expect(s.forbidden).toEqual([]);
    expect(s.badDates).toEqual([]);
  });
});

it('has fixture articles about several pairs', () => {
  expect(names.length).toBeGreaterThanOrEqual(4);
});
