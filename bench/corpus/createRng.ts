// Seeded randomness for the corpus generator. pure-rand's xoroshiro128+ gives
// the stream; every independent part of the world (an article, an office, a
// country pair) gets its own stream keyed by the seed and a name, so what one
// article draws never shifts what another one gets.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [0, 1). */
  float(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit seed for a string key. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator for `seed` and the named stream `parts` (e.g. 'article', 17). */
export function createRng(seed: number, ...parts: (string | number)[]): Rng {
  const gen = xoroshiro128plus(hashKey(`${seed}\u0000${parts.join('\u0000')}`));
  const int = (min: number, max: number): number => uniformInt(gen, min, max);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  const float = (): number => (gen.next() >>> 0) / 0x1_0000_0000;
  return {
    int,
    float,
    chance: (probability) => float() < probability,
    pick,
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
  };
}
