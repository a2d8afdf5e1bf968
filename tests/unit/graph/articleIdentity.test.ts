import {
  articleIdentity,
  articleVersionKey,
  normaliseUrl,
} from '../../../src/graph/model/articleIdentity';
import type { ArticleMeta } from '../../../src/ingest/types';
import { seedExtraction } from '../../fixtures/graph/extractions';

const meta = (partial: Partial<ArticleMeta>): ArticleMeta => ({
  id: 'sha256:1',
  title: 'Talks in Baku',
  publishedAt: '2025-09-25T20:18:00+04:00',
  source: 'Report',
  section: null,
  url: null,
  ...partial,
});

describe('articleVersionKey', () => {
  it('is the URL when there is one, whatever the fragment, trailing slash or host case', () => {
    const key = articleVersionKey(meta({ url: 'https://Example.org/news/1/#top' }));
    expect(key).toBe('url:https://example.org/news/1');
    expect(articleVersionKey(meta({ url: 'https://example.org/news/1', title: 'Other' }))).toBe(
      key,
    );
  });

  it('else source + title + publication day', () => {
    const key = articleVersionKey(meta({}));
    expect(key).toBe('title:report|talks in baku|2025-09-25');
    expect(articleVersionKey(meta({ id: 'sha256:2', title: ' Talks  in BAKU ' }))).toBe(key);
    expect(articleVersionKey(meta({ publishedAt: '2025-09-26' }))).not.toBe(key);
  });

  it('is null when an article cannot be recognised as a version of another', () => {
    expect(articleVersionKey(meta({ source: null }))).toBeNull();
    expect(articleVersionKey(meta({ title: null }))).toBeNull();
  });

  it('keeps an unparseable URL as written', () => {
    expect(normaliseUrl(' not a url ')).toBe('not a url');
  });
});

describe('articleIdentity', () => {
  it('hashes equal extractions equally and any change differently', () => {
    const seed = seedExtraction();
    const hash = articleIdentity(seed).extractionHash;
    expect(articleIdentity(seedExtraction()).extractionHash).toBe(hash);
    const reordered = { relations: seed.relations, entities: seed.entities, article: seed.article };
    expect(articleIdentity(reordered).extractionHash).toBe(hash);
    const changed = {
      ...seed,
      relations: seed.relations.map((relation, index) =>
        index === 0 ? { ...relation, confidence: 0.1 } : relation,
      ),
    };
    expect(articleIdentity(changed).extractionHash).not.toBe(hash);
  });
});
