import type { PageInfo } from './PageInfo.type';

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * Edges and page info from rows read with one row beyond the page size (its
 * presence tells that another page follows).
 */
export function toPage<Row, T>(
  rows: readonly Row[],
  size: number,
  node: (row: Row) => T,
  cursor: (row: Row, index: number) => string,
): { edges: Edge<T>[]; pageInfo: PageInfo } {
  const shown = rows.slice(0, size);
  const edges = shown.map((row, index) => ({ cursor: cursor(row, index), node: node(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
