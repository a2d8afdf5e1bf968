// The `articles` query: newest first, keyset cursors (publication time, id).
import { countArticles, findArticles } from '../../graph/queries/articleQueries';
import { checkedRange } from '../checkedRange';
import type { ApiContext } from '../context';
import { afterCursor, encodeCursor } from '../pagination/cursor';
import { pageSize } from '../pagination/pageSize';
import { toPage } from '../pagination/toPage';
import type { ArticleConnection } from './articleConnection.type';
import type { ArticlesArgs } from './articles.args';

export async function articlesConnection(
  context: ApiContext,
  args: ArticlesArgs,
): Promise<ArticleConnection> {
  const size = pageSize(args.first);
  const after = afterCursor(args.after, 'article');
  const query = { search: args.search ?? null, ...checkedRange(args.from, args.to) };
  const rows = await findArticles(
    context.reader,
    query,
    after && { publishedAt: after.publishedAt, id: after.id },
    size + 1,
  );
  for (const row of rows) context.loaders.article.prime(row.id, row);
  let total: Promise<number> | undefined;
  return {
    ...toPage(
      rows,
      size,
      (row) => row,
      (row) => encodeCursor({ k: 'article', publishedAt: row.publishedAt, id: row.id }),
    ),
    countTotal: () => (total ??= countArticles(context.reader, query)),
  };
}
