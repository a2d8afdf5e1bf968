// The gazetteer, loaded once per process (its data files are read on first use).
import { loadGazetteer } from './gazetteer';
import type { Lexicon } from './lexicon';

let instance: Lexicon | undefined;

export function lexicon(): Lexicon {
  instance ??= loadGazetteer() as unknown as Lexicon;
  return instance;
}
