import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let cached: string | undefined;

/** The version in package.json, read once (works from src/ and dist/). */
export function packageVersion(): string {
  if (cached === undefined) {
    for (const dir of [join(__dirname, '..', '..'), join(__dirname, '..', '..', '..')]) {
      try {
        const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
          name?: string;
          version?: string;
        };
        if (manifest.name === 'diplograph' && manifest.version) {
          cached = manifest.version;
          break;
        }
      } catch {
        // try the next candidate directory
      }
    }
    cached ??= '0.0.0';
  }
  return cached;
}
