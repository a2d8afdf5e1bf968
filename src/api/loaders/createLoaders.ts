// Per-request loaders (DataLoader): nested fields of a list ask for entities,
// evidence, articles or relations one by one, and each loader turns the asks
// of one tick into one query. Queries that return facts also return the
// entities those facts name, which are primed here, so a fact's ends cost no
// round trip of their own.
import DataLoader from 'dataloader';
import type { RelationType } from '../../ingest/types';
import {
  readArticles,
  readArticlesOfEntities,
  readEntitiesOfArticles,
} from '../../graph/queries/articleQueries';
import { readSideStatements } from '../../graph/queries/bilateralQuery';
import { readEntities } from '../../graph/queries/entityQueries';
import { readEvidenceOfFacts } from '../../graph/queries/evidenceQueries';
import type { EntityRelationsFilter } from '../../graph/queries/relationQueries';
import { readFactsOfArticles, readRelationsOfEntities } from '../../graph/queries/relationQueries';
import type { ReadRunner } from '../../graph/queries/readRunner';
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRow,
  RelationRecord,
} from '../../graph/queries/records';

export interface EntityRelationsKey extends EntityRelationsFilter {
  id: string;
}

export interface EntityArticlesKey {
  id: string;
  first: number;
}

export interface ArticleFactsKey {
  id: string;
  types: readonly RelationType[] | null;
}

/** One side's statements about the other, in a dossier's period. */
export interface SideStatementsKey {
  /** The side's and the other side's ids, joined by sideStatementsId. */
  id: string;
  from: string | null;
  to: string | null;
  first: number;
}

/** The loader id of `side`'s statements about `other`. */
export function sideStatementsId(side: string, other: string): string {
  return `${side}\u0000${other}`;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  /** Evidence by fact key, most trusted first. */
  evidence: DataLoader<string, EvidenceRow[]>;
  entityRelations: DataLoader<EntityRelationsKey, RelationRecord[], string>;
  entityArticles: DataLoader<EntityArticlesKey, ArticleRecord[], string>;
  articleFacts: DataLoader<ArticleFactsKey, RelationRecord[], string>;
  articleEntities: DataLoader<string, EntityRecord[]>;
  sideStatements: DataLoader<SideStatementsKey, RelationRecord[], string>;
  /** Makes later entity loads of these ids free. */
  primeEntities(records: readonly EntityRecord[]): void;
}

function byId<T extends { id: string }>(ids: readonly string[], records: readonly T[]) {
  const found = new Map(records.map((record) => [record.id, record]));
  return ids.map((id) => found.get(id) ?? null);
}

/** A key's filter without its id: keys with equal filters share one query. */
function filterOf<K extends { id: string }>(key: K): string {
  const { id: _id, ...filter } = key;
  return JSON.stringify(filter, Object.keys(filter).sort());
}

/**
 * A batch function for keys that carry a filter: one query per distinct
 * filter (in practice one, as a list's items share their field arguments).
 */
function perFilter<K extends { id: string }, V>(
  load: (ids: string[], sample: K) => Promise<Map<string, V>>,
  empty: V,
) {
  return async (keys: readonly K[]): Promise<V[]> => {
    const groups = new Map<string, K[]>();
    for (const key of keys) groups.set(filterOf(key), [...(groups.get(filterOf(key)) ?? []), key]);
    const results = new Map<K, V>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        const sample = group[0] as K;
        const values = await load([...new Set(group.map((key) => key.id))], sample);
        for (const key of group) results.set(key, values.get(key.id) ?? empty);
      }),
    );
    return keys.map((key) => results.get(key) ?? empty);
  };
}

export function createLoaders(runner: ReadRunner): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) =>
    byId(ids, await readEntities(runner, ids)),
  );
  const article = new DataLoader<string, ArticleRecord | null>(async (ids) =>
    byId(ids, await readArticles(runner, ids)),
  );
  const primeEntities = (records: readonly EntityRecord[]) => {
    for (const record of records) entity.prime(record.id, record);
  };
  const evidence = new DataLoader<string, EvidenceRow[]>(async (keys) => {
    const found = await readEvidenceOfFacts(runner, keys);
    for (const rows of found.values())
      for (const row of rows) article.prime(row.article.id, row.article);
    return keys.map((key) => found.get(key) ?? []);
  });
  const entityRelations = new DataLoader<EntityRelationsKey, RelationRecord[], string>(
    perFilter<EntityRelationsKey, RelationRecord[]>(async (ids, filter) => {
      const { facts, entities } = await readRelationsOfEntities(runner, ids, filter);
      primeEntities(entities);
      return facts;
    }, []),
    { cacheKeyFn: (key) => `${key.id}\u0000${filterOf(key)}` },
  );
  const entityArticles = new DataLoader<EntityArticlesKey, ArticleRecord[], string>(
    perFilter<EntityArticlesKey, ArticleRecord[]>(
      (ids, { first }) => readArticlesOfEntities(runner, ids, first),
      [],
    ),
    { cacheKeyFn: (key) => `${key.id}\u0000${key.first}` },
  );
  const articleFacts = new DataLoader<ArticleFactsKey, RelationRecord[], string>(
    perFilter<ArticleFactsKey, RelationRecord[]>(async (ids, { types }) => {
      const { facts, entities } = await readFactsOfArticles(runner, ids, types);
      primeEntities(entities);
      return facts;
    }, []),
    { cacheKeyFn: (key) => `${key.id}\u0000${filterOf(key)}` },
  );
  const articleEntities = new DataLoader<string, EntityRecord[]>(async (ids) => {
    const found = await readEntitiesOfArticles(runner, ids);
    for (const records of found.values()) primeEntities(records);
    return ids.map((id) => found.get(id) ?? []);
  });
  const sideStatements = new DataLoader<SideStatementsKey, RelationRecord[], string>(
    perFilter<SideStatementsKey, RelationRecord[]>(async (ids, { from, to, first }) => {
      const pairs = ids.map((id) => {
        const [side = '', other = ''] = id.split('\u0000');
        return { side, other };
      });
      const rows = await readSideStatements(runner, pairs, { from, to }, first);
      for (const row of rows) primeEntities(row.entities);
      return new Map(rows.map((row) => [sideStatementsId(row.side, row.other), row.statements]));
    }, []),
    { cacheKeyFn: (key) => `${key.id}\u0000${filterOf(key)}` },
  );
  return {
    entity,
    article,
    evidence,
    entityRelations,
    entityArticles,
    articleFacts,
    articleEntities,
    sideStatements,
    primeEntities,
  };
}
