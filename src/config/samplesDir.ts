// The sample articles `serve` loads into an empty graph: DIPLOGRAPH_SAMPLES_DIR
// (relative to the current folder), data/samples of the package when unset,
// none when set to an empty value.
import path from 'node:path';

export const DEFAULT_SAMPLES_DIR = path.join(__dirname, '..', '..', 'data', 'samples');

/** `configured` as loadConfig gives it: undefined when unset, '' when turned off. */
export function samplesDir(configured: string | undefined): string | undefined {
  if (configured === undefined) return DEFAULT_SAMPLES_DIR;
  const trimmed = configured.trim();
  return trimmed ? path.resolve(trimmed) : undefined;
}
