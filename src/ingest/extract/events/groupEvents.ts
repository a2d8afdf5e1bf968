// Which event mentions are one event. Mentions of one noun whose qualifiers
// share a word are the same event ("SCO summit", "Shanghai Cooperation
// Organization summit"); different qualifiers are different events ("the CIS
// summit in Bishkek", "the AU summit in Accra"). A bare mention ("the
// summit", "summit in Tianjin") is the latest qualified event of its noun
// named before it, else the first named after it, else an event of its own;
// a bare anaphoric noun ("the event", "the gathering") is the latest qualified
// event of any noun, else nothing.
import type { EventMention } from './eventMentions';

export interface EventGroup {
  noun: string;
  qualifier: string[];
  mentions: EventMention[];
}

const wordsOf = (q: readonly string[]): Set<string> =>
  new Set(q.flatMap((w) => w.split(/[\s-]+/)).filter(Boolean));

function shareWord(a: readonly string[], b: readonly string[]): boolean {
  const A = wordsOf(a);
  for (const w of wordsOf(b)) if (A.has(w)) return true;
  return false;
}

export function groupEvents(
  mentions: readonly EventMention[],
  anaphoric: ReadonlySet<string> = new Set(),
): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const m of mentions) {
    if (!m.qualifier.length) continue;
    let g = groups.find((x) => x.noun === m.noun && shareWord(x.qualifier, m.qualifier));
    if (!g) {
      g = { noun: m.noun, qualifier: [...m.qualifier], mentions: [] };
      groups.push(g);
    }
    g.mentions.push(m);
  }
  const bare = new Map<string, EventGroup>();
  for (const m of mentions) {
    if (m.qualifier.length) continue;
    // "last year's summit in Uzbekistan": an occurrence of its own, never the one reported.
    if (m.distinct) {
      groups.push({ noun: m.noun, qualifier: [], mentions: [m] });
      continue;
    }
    const same = groups.filter((x) => x.noun === m.noun && x.qualifier.length);
    const before = same
      .map((g) => ({
        g,
        at: Math.max(-1, ...g.mentions.filter((k) => k.start < m.start).map((k) => k.start)),
      }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => b.at - a.at)[0]?.g;
    const after = same
      .map((g) => ({ g, at: Math.min(...g.mentions.map((k) => k.start)) }))
      .sort((a, b) => a.at - b.at)[0]?.g;
    // "Premier X addressed the event": the event named last before, whatever its noun;
    // with none named, a bare "event" names nothing.
    if (anaphoric.has(m.noun) && !before) {
      const last = groups
        .filter((x) => x.qualifier.length)
        .map((x) => ({
          x,
          at: Math.max(-1, ...x.mentions.filter((k) => k.start < m.start).map((k) => k.start)),
        }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => b.at - a.at)[0]?.x;
      if (last) last.mentions.push(m);
      continue;
    }
    let g = before ?? after ?? bare.get(m.noun);
    if (!g) {
      g = { noun: m.noun, qualifier: [], mentions: [] };
      bare.set(m.noun, g);
      groups.push(g);
    }
    g.mentions.push(m);
  }
  for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
  return groups;
}
