import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { SideIds } from '../../graph/queries/bilateralQuery';
import {
  DOSSIER_ARTICLE_LIMIT,
  readBilateralDossier,
  readFactArticles,
} from '../../graph/queries/bilateralQuery';
import type { ArticleRecord } from '../../graph/queries/records';
import { Article } from '../article/article.type';
import type { Access } from '../auth/decideAccess';
import { checkedRange } from '../checkedRange';
import type { ApiContext } from '../context';
import { entityCandidates, resolveEntityRef } from '../entity/resolveEntityRef';
import { userInputError } from '../userInputError';
import type { Dossier } from './assembleDossier';
import { assembleDossier } from './assembleDossier';
import { pageSize } from '../pagination/pageSize';
import { BilateralArgs } from './bilateral.args';
import { Bilateral } from './bilateral.type';

/** The id as given, else the country it names (China → CHN). */
function sideIds(input: string): SideIds {
  const [id, country] = entityCandidates(input) as [string, string?];
  return { id, alternative: country ?? id };
}

/** A dossier, with its sources read once when `articles` or `articleCount` is asked for. */
interface DossierRoot extends Dossier {
  sources(): Promise<{ articleCount: number; articles: ArticleRecord[] }>;
}

@Resolver(() => Bilateral)
export class BilateralResolver {
  @Authorized<Access>('read')
  @Query(() => Bilateral, {
    description: 'The dossier of a pair (two countries, or any two entities) over a period.',
  })
  async bilateral(
    @Args(() => BilateralArgs) args: BilateralArgs,
    @Ctx() context: ApiContext,
  ): Promise<DossierRoot> {
    const range = checkedRange(args.from, args.to, args.asOf, args.asKnownAt);
    // One round trip: the query picks each side among its candidate ids.
    const rows = await readBilateralDossier(
      context.reader,
      sideIds(args.a),
      sideIds(args.b),
      range,
    );
    if (rows === null) {
      // Say which side is unknown (throws), else the two sides are one entity.
      await Promise.all([
        resolveEntityRef(context, args.a, 'a'),
        resolveEntityRef(context, args.b, 'b'),
      ]);
      throw userInputError('`a` and `b` name the same entity.', 'b');
    }
    context.loaders.primeEntities([rows.a, rows.b, ...rows.entities]);
    const dossier = assembleDossier(rows, range);
    let sources: ReturnType<DossierRoot['sources']> | undefined;
    return {
      ...dossier,
      sources: () =>
        (sources ??= readFactArticles(context.reader, dossier.factKeys, DOSSIER_ARTICLE_LIMIT)),
    };
  }

  @FieldResolver(() => [Article], {
    description: `Source articles of the facts above, newest first (at most ${DOSSIER_ARTICLE_LIMIT}; one more query).`,
  })
  async articles(
    @Root() dossier: DossierRoot,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
  ): Promise<ArticleRecord[]> {
    const size = pageSize(first, DOSSIER_ARTICLE_LIMIT);
    return (await dossier.sources()).articles.slice(0, size);
  }

  @FieldResolver(() => Int, { description: 'How many articles the facts above draw on.' })
  async articleCount(@Root() dossier: DossierRoot): Promise<number> {
    return (await dossier.sources()).articleCount;
  }
}
