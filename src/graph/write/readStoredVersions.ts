// The stored versions of the articles about to be written (same id, or same
// version key: see model/articleIdentity), read once per article or batch.
import type { Extraction } from '../../ingest/types';
import type { ArticleIdentity } from '../model/articleIdentity';
import type { QueryRunner } from '../runStatements';

/**
 * The stored versions of each given article ($articles: {id, versionKey}): the
 * article itself, or an earlier version with its version key. Only articles
 * that have one come back.
 */
const FIND_ARTICLE_VERSIONS = `
UNWIND $articles AS article
CALL (article) {
  MATCH (a:Article {id: article.id}) RETURN a
  UNION
  MATCH (a:Article {versionKey: article.versionKey}) RETURN a
}
RETURN article.id AS articleId, collect({id: a.id, extractionHash: a.extractionHash}) AS stored`;

export interface StoredVersion {
  id: string;
  extractionHash: string | null;
}

/** Stored versions (same id or same version key) by article id; articles with none are absent. */
export async function readStoredVersions(
  tx: QueryRunner,
  articles: readonly { extraction: Extraction; identity: ArticleIdentity }[],
): Promise<Map<string, StoredVersion[]>> {
  const found = await tx.run(FIND_ARTICLE_VERSIONS, {
    articles: articles.map(({ extraction, identity }) => ({
      id: extraction.article.id,
      versionKey: identity.versionKey,
    })),
  });
  return new Map(
    found.records.map((record) => [
      record.get('articleId') as string,
      record.get('stored') as StoredVersion[],
    ]),
  );
}
