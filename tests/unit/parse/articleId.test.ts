import { articleId } from '../../../src/ingest/parse/articleId';

describe('articleId', () => {
  it('is sha256 of the whitespace-collapsed, trimmed NFC text', () => {
    // sha256("a b") computed independently.
    expect(articleId('  a \n\n b\t')).toBe(
      'sha256:c8687a08aa5d6ed2044328fa6a697ab8e96dc34291e8c2034ae8c38e6fcc6d65',
    );
  });

  it('ignores whitespace layout and Unicode composition, not content', () => {
    const composed = 'Côte d’Ivoire and Türkiye';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(articleId(decomposed)).toBe(articleId(composed));
    expect(articleId('a\r\nb')).toBe(articleId('a b'));
    expect(articleId('a b')).not.toBe(articleId('a c'));
  });
});
