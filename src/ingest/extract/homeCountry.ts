// The article's home country: the country of its dateline ("LIMA, Nov. 27
// (ANDINA) —", "New Delhi:"), the capital or city the story is filed from.
// A title with no country in such a story ("President Dina Boluarte" in a
// Lima-datelined piece) is the host's.
import world from 'world-countries';
import type { Ctx } from './context';

// A dateline opens a body line: a place name, then a comma, colon, dash or "(".
const DATELINE = /^[ \t]*(\p{Lu}[\p{L}.'’ -]{1,30}?)\s*(?:,|:|\(|\s[–—-])/u;

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/** The dateline's country, looked up in the first body lines; undefined when there is none. */
export function homeCountry(ctx: Ctx): string | undefined {
  const lines = ctx.text.slice(0, 1500).split('\n').slice(0, 12);
  for (const line of lines) {
    const m = DATELINE.exec(line);
    if (!m?.[1]) continue;
    const place = m[1].trim();
    for (const form of [place, titleCase(place)]) {
      const hit = ctx.lexicon
        .find(form)
        .find((h) => h.kind === 'Country' && h.start === 0 && h.end === form.length);
      if (hit && hit.form === 'capital') return hit.id;
    }
    // A capital kept out of running text as a common word ("Lima") is safe in a dateline.
    const byCapital = capitals().get(titleCase(place));
    if (byCapital) return byCapital;
  }
  return undefined;
}

let capitalIndex: Map<string, string> | undefined;

/** Capital → country id, for capitals that belong to one country only. */
function capitals(): Map<string, string> {
  if (capitalIndex) return capitalIndex;
  const owners = new Map<string, Set<string>>();
  for (const c of world)
    for (const cap of c.capital ?? []) owners.set(cap, (owners.get(cap) ?? new Set()).add(c.cca3));
  capitalIndex = new Map();
  for (const [cap, ids] of owners) if (ids.size === 1) capitalIndex.set(cap, [...ids][0] ?? '');
  return capitalIndex;
}
