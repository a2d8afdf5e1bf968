// A scene is the news event an article reports: it picks who and when, and
// writes the headline, the section and the opening paragraphs. Background
// paragraphs (fillers) come after it.
import type { Story } from '../Story';

export interface SceneText {
  title: string;
  section: string;
  paragraphs: string[];
  /** The scene is a meeting or talks, so "the sides discussed …" paragraphs fit after it. */
  meeting: boolean;
}

export type Scene = (s: Story) => SceneText;

/** "a" or "an" before `word`. */
export function an(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
