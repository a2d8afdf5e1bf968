// The deterministic benchmark corpus: `articles` synthetic diplomacy news
// articles for `seed`. The same options give the same articles, byte for
// byte, on every machine; article i does not depend on how many follow it.
import { buildWorld } from './buildWorld';
import type { GeneratedArticle } from './composeArticle';
import { composeArticle } from './composeArticle';
import { Offices } from './Offices';
import { PairHistory } from './PairHistory';
import type { Env } from './Story';

export type { GeneratedArticle } from './composeArticle';

export interface CorpusOptions {
  articles: number;
  seed: number;
}

/** Iterable over the corpus; each iteration starts afresh and yields the same articles. */
export function generateCorpus({ articles, seed }: CorpusOptions): Iterable<GeneratedArticle> {
  if (!Number.isSafeInteger(articles) || articles < 0) {
    throw new RangeError(`articles must be a non-negative integer, not ${articles}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  return {
    *[Symbol.iterator]() {
      const world = buildWorld(seed);
      const env: Env = {
        seed,
        world,
        offices: new Offices(seed, world.names),
        pairs: new PairHistory(seed, (a, b) => world.prominence(a) * world.prominence(b)),
      };
      for (let i = 0; i < articles; i++) yield composeArticle(env, i);
    },
  };
}
