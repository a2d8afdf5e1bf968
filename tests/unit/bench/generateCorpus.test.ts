import { generateCorpus } from '../../../bench/corpus/generateCorpus';
import type { GeneratedArticle } from '../../../bench/corpus/generateCorpus';
import { SCENES } from '../../../bench/corpus/composeArticle';

function corpus(articles: number, seed: number): GeneratedArticle[] {
  return [...generateCorpus({ articles, seed })];
}

describe('generateCorpus', () => {
  let thousand: GeneratedArticle[];
  beforeAll(() => {
    thousand = corpus(1000, 2025);
  });

  it('gives the same articles for the same seed and count', () => {
    expect(corpus(150, 7)).toEqual(corpus(150, 7));
  });

  it('gives the same articles when one iterable is iterated twice', () => {
    const iterable = generateCorpus({ articles: 40, seed: 11 });
    expect([...iterable]).toEqual([...iterable]);
  });

  it('gives different articles for a different seed', () => {
    const a = corpus(50, 7);
    const b = corpus(50, 8);
    const same = a.filter((x, i) => x.text === b[i]?.text).length;
    expect(same).toBe(0);
  });

  it('keeps article i the same whatever the count (a prefix of a longer corpus)', () => {
    expect(corpus(60, 3)).toEqual(corpus(200, 3).slice(0, 60));
  });

  it.each([0, 1, 137])('yields exactly %i articles, numbered from 0', (n) => {
    const articles = corpus(n, 5);
    expect(articles).toHaveLength(n);
    expect(articles.map((a) => a.index)).toEqual([...Array(n).keys()]);
  });

  it('rejects a negative or fractional count and a non-integer seed', () => {
    expect(() => generateCorpus({ articles: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateCorpus({ articles: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateCorpus({ articles: 2, seed: 0.5 })).toThrow(RangeError);
  });

  it('dates every article inside 2015–2026, consistently in date, publishedAt and url', () => {
    for (const a of thousand) {
      expect(a.date >= '2015-01-01' && a.date <= '2026-12-31').toBe(true);
      expect(a.publishedAt.slice(0, 10)).toBe(a.date);
      expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
      expect(a.url).toContain(`/${a.date.replace(/-/g, '/')}/`);
    }
    const years = new Set(thousand.map((a) => a.date.slice(0, 4)));
    expect(years.size).toBe(12);
  });

  it('covers many country pairs and every kind of scene', () => {
    const pairs = new Set(thousand.map((a) => [...a.countries].sort().join('-')));
    expect(pairs.size).toBeGreaterThan(100);
    expect(new Set(thousand.map((a) => a.scene))).toEqual(new Set(Object.keys(SCENES)));
    expect(new Set(thousand.map((a) => a.source)).size).toBeGreaterThan(20);
  });

  it('writes distinct texts of about 1–4 KB, near 2.7 KB on average', () => {
    const sizes = thousand.map((a) => Buffer.byteLength(a.text));
    expect(new Set(thousand.map((a) => a.text)).size).toBe(thousand.length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(4300);
    const mean = sizes.reduce((x, y) => x + y, 0) / sizes.length;
    expect(mean).toBeGreaterThan(2300);
    expect(mean).toBeLessThan(3100);
  });

  it('lets officials recur across articles, as real news does', () => {
    // A two-word name (e.g. "Lu Mei") after a title word, counted per article.
    const seen = new Map<string, number>();
    for (const a of thousand) {
      for (const m of new Set(
        a.text.match(/(?<=Foreign Minister )\p{Lu}\p{Ll}+ \p{Lu}[\p{L}-]+/gu) ?? [],
      )) {
        seen.set(m, (seen.get(m) ?? 0) + 1);
      }
    }
    expect(Math.max(...seen.values())).toBeGreaterThanOrEqual(3);
  });
});
