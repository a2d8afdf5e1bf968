// A floor on the blind fixtures (tests/fixtures/blind): invented articles about
// other pairs and summits, annotated without reading the extractor. They stand
// in for unseen text, so this guards generalisation, not one article's output.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../../src/ingest/extractArticle';
import type { Gold } from './goldScore';
import { scoreAgainstGold } from './goldScore';

const blind = join(__dirname, '..', '..', 'fixtures', 'blind');
const names = readdirSync(blind).filter((f) => f.endsWith('.txt'));

describe('blind fixtures', () => {
  const scores = names.map((name) => {
    const gold = JSON.parse(
      readFileSync(join(blind, name.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as Gold;
    return scoreAgainstGold(gold, extractArticle(readFileSync(join(blind, name)), name));
  });
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.spuriousRelations.length, 0);
  const fn = scores.reduce((n, s) => n + s.missedRelations.length, 0);

  it('covers a dozen or more articles', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it('keeps micro-averaged relation F1 at 0.85 or more', () => {
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1).toBeGreaterThanOrEqual(0.85);
  });

  it('produces no forbidden entity', () => {
    expect(scores.flatMap((s) => s.forbidden)).toEqual([]);
  });
});
