import { SOURCE_PATTERNS } from './sourcePatterns';

// The source is named near the top; past this many characters of body, stop looking.
const SEARCH_CHARS = 1500;

/** The news source the text names of itself ("Report", "Xinhua", "TASS"), else null. */
export function detectSource(text: string, bodyStart: number): string | null {
  const window = text.slice(0, bodyStart + SEARCH_CHARS);
  for (const { pattern } of SOURCE_PATTERNS) {
    const name = pattern.exec(window)?.[1];
    if (name !== undefined) return name;
  }
  return null;
}
