// Site chrome that copy-pasted or saved news pages carry around the article:
// navigation, share buttons, footer links. Data, not code: the lists are
// data/parse/siteChrome.json (its `doc` field says what each holds), checked
// against the schema below when first used.
import { z } from 'zod';
import { dataPath, readDataFile } from '../dataFile';

const TRAILING_MARKS = /[\s:»›→…]+$/;

/** Chrome lines are short; longer lines are never compared (and never scanned by the patterns). */
export const MAX_CHROME_LENGTH = 60;

/** A line as it is compared: trimmed, lower-cased, trailing marks ("Read more »") removed. */
export function chromeKey(line: string): string {
  return line.trim().toLowerCase().replace(TRAILING_MARKS, '');
}

const key = z
  .string()
  .min(1)
  .max(MAX_CHROME_LENGTH, `longer than ${MAX_CHROME_LENGTH} characters: never compared`)
  .refine((line) => chromeKey(line) === line, {
    message: 'not written as compared (lower case, no trailing ":", "»", "›", "→", "…")',
  });

const pattern = z.string().transform((source, context) => {
  try {
    return new RegExp(source);
  } catch (error) {
    context.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
  }
});

export const siteChromeFile = z.strictObject({
  doc: z.string(),
  /** Lines that are chrome as they stand. */
  lines: z.array(key),
  /** Patterns a chrome line matches, each with the reason it exists. */
  patterns: z.array(z.strictObject({ pattern, reason: z.string().min(1) })),
  /**
   * Lines that open a site's footer ("Latest News", "Related news"): when one
   * follows the body and only short headline-like lines come after it, the
   * marker and everything after it are chrome (other stories' headlines).
   */
  footerMarkers: z.array(key),
});

export interface SiteChrome {
  lines: ReadonlySet<string>;
  patterns: readonly { pattern: RegExp; reason: string }[];
  footerMarkers: ReadonlySet<string>;
}

/** The lists in `file` (default data/parse/siteChrome.json), validated. */
export function loadSiteChrome(file: string = dataPath('parse/siteChrome.json')): SiteChrome {
  const data = readDataFile(file, siteChromeFile);
  return {
    lines: new Set(data.lines),
    patterns: data.patterns,
    footerMarkers: new Set(data.footerMarkers),
  };
}

let loaded: SiteChrome | undefined;

/** The project's site chrome lists, read once. */
export function siteChrome(): SiteChrome {
  loaded ??= loadSiteChrome();
  return loaded;
}
