import { articleFromInput } from '../../../src/ingest/parse/articleFromInput';
import { ArticleError } from '../../../src/ingest/parse/ArticleError';
import { parseArticle } from '../../../src/ingest/parse/parseArticle';
import { fixture, seedText } from './fixtures';

describe('articleFromInput (GraphQL ingestArticle)', () => {
  it('reads pasted site text like a file, so both get the same id', () => {
    const fromInput = articleFromInput({ text: seedText() });
    const fromFile = parseArticle(seedText());
    expect(fromInput).toEqual(fromFile);
  });

  it('lets explicit fields beat front matter and the text', () => {
    const text = fixture('front-matter-kenya-brazil.txt').toString('utf8');
    const article = articleFromInput({
      text,
      title: 'A better title',
      publishedAt: '2024-06-13T08:00:00+03:00',
      url: null,
      source: undefined,
    });
    expect(article).toMatchObject({
      title: 'A better title',
      publishedAt: '2024-06-13T08:00:00+03:00',
      url: 'https://example.org/world/kenya-brazil-biofuels',
      source: 'Example Wire',
    });
  });

  it.each<[string, Parameters<typeof articleFromInput>[0], string]>([
    ['no date', { text: 'Chile and Peru met in Lima.' }, 'NO_DATE'],
    ['bad date', { text: 'Chile and Peru met.', publishedAt: 'next week' }, 'BAD_DATE'],
    ['empty text', { text: '   ' }, 'EMPTY'],
    ['text not a string', { text: 42 as unknown as string }, 'BAD_FIELD'],
    ['title not a string', { text: 'x', title: 5 as unknown as string }, 'BAD_FIELD'],
    ['binary text', { text: '\u0001\u0002\u0003\u0004 x' }, 'BINARY'],
  ])('%s → %s', (_name, input, code) => {
    expect(() => articleFromInput(input)).toThrow(ArticleError);
    try {
      articleFromInput(input);
    } catch (error) {
      expect((error as ArticleError).code).toBe(code);
    }
  });

  it('enforces the size limit', () => {
    expect(() =>
      articleFromInput({ text: 'x'.repeat(2000), publishedAt: '2024-01-01' }, 1000),
    ).toThrow(/over the limit/);
  });
});
