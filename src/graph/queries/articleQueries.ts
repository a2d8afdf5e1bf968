// Articles by id, searched and dated, mentioning an entity, and the entities
// an article mentions.
import type { Statement } from '../statement';
import type { DateRange } from './dateBounds';
import { boundParams } from './dateBounds';
import { toLuceneQuery } from './luceneQuery';
import { articleMap, entityMap } from './projections';
import type { QueryParams, ReadRunner } from './readRunner';
import { int } from './readRunner';
import type { ArticleRecord, EntityRecord } from './records';

export const ARTICLES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN ${articleMap('a')} AS article`;

/** How many entities a search term may stand for when finding articles that mention them. */
const SEARCH_ENTITY_LIMIT = 20;

export interface ArticleQuery extends DateRange {
  /** Words in the title, or the name of an entity the article mentions. */
  search?: string | null;
}

/** Where the previous page ended (newest first: publication time, then id). */
export interface ArticleKeyset {
  publishedAt: string;
  id: string;
}

function articleSource(query: ArticleQuery): Statement {
  const { low, high } = boundParams(query);
  // Publication times carry a time of day after the date: `~` sorts after all of them.
  const params: QueryParams = { low, high: `${high}~` };
  const lucene = query.search ? toLuceneQuery(query.search) : undefined;
  if (query.search && lucene !== undefined) {
    params.lucene = lucene;
    params.needle = query.search.trim().toLowerCase();
    params.entityLimit = int(SEARCH_ENTITY_LIMIT);
    return {
      query: `CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node
  WITH node LIMIT $entityLimit
  MATCH (a:Article)-[:MENTIONS]->(node)
  RETURN a
  UNION
  MATCH (a:Article) WHERE toLower(a.title) CONTAINS $needle
  RETURN a
}
WITH a
WHERE a.publishedAt >= $low AND a.publishedAt < $high`,
      params,
    };
  }
  if (query.search) {
    params.needle = query.search.trim().toLowerCase();
    return {
      query: `MATCH (a:Article)
WHERE a.publishedAt >= $low AND a.publishedAt < $high AND toLower(a.title) CONTAINS $needle`,
      params,
    };
  }
  return {
    query: `MATCH (a:Article)\nWHERE a.publishedAt >= $low AND a.publishedAt < $high`,
    params,
  };
}

export function articlesPageQuery(
  query: ArticleQuery,
  keyset: ArticleKeyset | null,
  limit: number,
): Statement {
  const source = articleSource(query);
  const params: QueryParams = { ...source.params, limit: int(limit) };
  let text = source.query;
  if (keyset) {
    text += `\n  AND (a.publishedAt < $afterPublishedAt OR (a.publishedAt = $afterPublishedAt AND a.id > $afterId))`;
    params.afterPublishedAt = keyset.publishedAt;
    params.afterId = keyset.id;
  }
  text += `\nWITH a ORDER BY a.publishedAt DESC, a.id LIMIT $limit\nRETURN ${articleMap('a')} AS article`;
  return { query: text, params };
}

export async function readArticles(
  runner: ReadRunner,
  ids: readonly string[],
): Promise<ArticleRecord[]> {
  if (ids.length === 0) return [];
  const rows = await runner.read<{ article: ArticleRecord }>(ARTICLES_BY_ID, { ids: [...ids] });
  return rows.map((row) => row.article);
}

export async function findArticles(
  runner: ReadRunner,
  query: ArticleQuery,
  keyset: ArticleKeyset | null,
  limit: number,
): Promise<ArticleRecord[]> {
  const statement = articlesPageQuery(query, keyset, limit);
  const rows = await runner.read<{ article: ArticleRecord }>(statement.query, statement.params);
  return rows.map((row) => row.article);
}

export async function countArticles(runner: ReadRunner, query: ArticleQuery): Promise<number> {
  const source = articleSource(query);
  const [row] = await runner.read<{ total: number }>(
    `${source.query}\nRETURN count(a) AS total`,
    source.params,
  );
  return row?.total ?? 0;
}

export const ARTICLES_OF_ENTITIES = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:MENTIONS]->(e)
  WITH a ORDER BY a.publishedAt DESC, a.id LIMIT $first
  RETURN collect(${articleMap('a')}) AS articles
}
RETURN id, articles`;

/** The articles mentioning each entity, newest first, at most `first` each. */
export async function readArticlesOfEntities(
  runner: ReadRunner,
  ids: readonly string[],
  first: number,
): Promise<Map<string, ArticleRecord[]>> {
  const rows = await runner.read<{ id: string; articles: ArticleRecord[] }>(ARTICLES_OF_ENTITIES, {
    ids: [...ids],
    first: int(first),
  });
  return new Map(rows.map((row) => [row.id, row.articles]));
}

export const ENTITIES_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH e, m ORDER BY m.starts[0], e.id
  RETURN collect(${entityMap('e')}) AS entities
}
RETURN id, entities`;

/** The entities each article mentions, in order of first mention. */
export async function readEntitiesOfArticles(
  runner: ReadRunner,
  ids: readonly string[],
): Promise<Map<string, EntityRecord[]>> {
  const rows = await runner.read<{ id: string; entities: EntityRecord[] }>(ENTITIES_OF_ARTICLES, {
    ids: [...ids],
  });
  return new Map(rows.map((row) => [row.id, row.entities]));
}
