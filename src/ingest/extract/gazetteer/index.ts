// The gazetteer: countries (world-countries + our table), organisations,
// agencies, seats of government, initiatives, topics, titles and stop names.
export { loadGazetteer, defaultGazetteerDir } from './loadGazetteer';
export type { Gazetteer, GazetteerEntry, GazetteerHit, HitForm, TitleEntry } from './types';
