// Golden test on the user's sample article (data/samples).
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import { splitSentences } from '../../../src/ingest/parse/splitSentences';
import { seedText } from './fixtures';

describe('the seed article', () => {
  const raw = seedText();
  const article = parseArticle(raw, { fileName: 'seed-report-az-2025-09-25.txt' });

  it('has its header read', () => {
    expect(article).toMatchObject({
      title: 'Ambassador: 2025 was fruitful for Chinese-Azerbaijani relations',
      section: 'Foreign policy',
      publishedAt: '2025-09-25T20:18:00',
      source: 'Report',
      url: null,
    });
    expect(article.id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('starts the body at the lead paragraph, after the repeated headline', () => {
    expect(article.text.slice(article.bodyStart)).toMatch(
      /^The current year has been quite fruitful for Chinese-Azerbaijani relations\./,
    );
  });

  it('drops the footer and keeps everything before it byte for byte', () => {
    expect(article.text).not.toMatch(/Latest News|All News Feed/);
    expect(
      article.text.endsWith('firmly uphold international justice," stated the diplomat.'),
    ).toBe(true);
    expect(raw.startsWith(article.text)).toBe(true);
  });

  it('splits into header lines and body sentences', () => {
    const sentences = splitSentences(article.text, article.bodyStart);
    expect(sentences[0]?.text).toBe(
      'The current year has been quite fruitful for Chinese-Azerbaijani relations.',
    );
    const quote = sentences.find((sentence) => sentence.text.startsWith('She noted'));
    expect(quote?.text.endsWith('our countries and peoples."')).toBe(true);
    expect(sentences.at(-1)?.text.endsWith('stated the diplomat.')).toBe(true);
    expect(sentences).toHaveLength(14);
  });
});
