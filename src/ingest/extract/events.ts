// Events people attend: a summit, forum, reception or ceremony, named by its
// noun phrase ("the summit in Mombasa", "an event dedicated to the 76th
// anniversary of …"). Every mention with the same head noun in one article
// is the same event; its date is the first date stated with it.
import type { Ctx } from './context';
import { addMentions, sentenceAt } from './context';
import type { EventInfo, EntityMention } from './model';
import { ruleTable } from './ruleTable';
import { slug } from './slug';
import { phraseRegex } from './words';

interface AttendTable {
  attended: {
    eventNouns: string[];
    weakEventNouns: string[];
    notEventNouns: string[];
    notEventPhrases: string[];
    idDropWords: string[];
  };
}

const TAIL =
  /^(?:\s+\d{4}(?![\p{L}\p{N}])|\s+(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*|\s+(?:dedicated|devoted)\s+to\s+[^,.;:"“”]+?|\s+marking\s+[^,.;:"“”]+?|\s+between\s+[^,.;:"“”]+?|\s+of\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|\s+on\s+the\s+occasion\s+of\s+[^,.;:"“”]+?)(?=\s+(?:is|was|were|are|has|had|on|in|at|from|which|where|as|and|to|with)\b|[,.;:"“”]|$)/u;
const LEFT =
  /(?:(?:\p{Lu}[\p{L}\p{N}-]*|first|second|third|annual|regular|ordinary|extraordinary|\d+(?:st|nd|rd|th))\s+)+$/u;

export function findEvents(ctx: Ctx): EventInfo[] {
  const t = ruleTable<AttendTable>('relations').attended;
  const nouns = t.eventNouns.filter((n) => !t.notEventNouns.includes(n));
  const weak = new Set(t.weakEventNouns);
  const re = phraseRegex(nouns);
  const notEvent = phraseRegex(t.notEventPhrases, 'iu');
  const byNoun = new Map<string, EventInfo>();
  const mentions: EntityMention[] = [];
  for (const m of ctx.text.matchAll(re)) {
    const hs = m.index ?? 0;
    const he = hs + m[0].length;
    const sentence = sentenceAt(ctx, hs);
    if (!sentence || hs < ctx.article.bodyStart) continue;
    const noun = m[0].toLowerCase();
    // "a joint press conference": not an event people attend.
    const around = ctx.text.slice(Math.max(sentence.start, hs - 20), he);
    if (notEvent.test(around) && new RegExp(`${noun}$`, 'i').test(around)) continue;
    const before = ctx.text.slice(Math.max(sentence.start, hs - 60), hs);
    const left = LEFT.exec(before);
    let start = hs;
    if (left && !/^(?:The|A|An|This|That)\s/.test(left[0])) start = hs - left[0].length;
    const tail = TAIL.exec(ctx.text.slice(he, Math.min(sentence.end, he + 160)));
    const end = he + (tail ? tail[0].length : 0);
    const phrase = ctx.text.slice(start, end).replace(/\s+/g, ' ');
    let ev = byNoun.get(noun);
    if (!ev) {
      ev = { id: '', name: phrase, aliases: [], noun, mentions: [] };
      byNoun.set(noun, ev);
    }
    if (phrase !== ev.name && !ev.aliases.includes(phrase)) ev.aliases.push(phrase);
    // The most specific form names the event.
    if (phrase.split(' ').length > ev.name.split(' ').length) ev.name = phrase;
    ev.mentions.push({ start, end });
    if (!ev.date) {
      const d = ctx.dates.find(
        (x) => x.start >= sentence.start && x.end <= sentence.end && x.precision === 'day',
      );
      if (d) {
        ev.date = d.value;
        if (d.valueEnd) ev.dateEnd = d.valueEnd;
      }
    }
  }
  // "the session" alone is no event; "the regular session of the … Council" is.
  const events = [...byNoun.values()].filter((e) =>
    weak.has(e.noun)
      ? /\p{Lu}/u.test(e.name)
      : e.name.split(' ').length > 1 || e.mentions.length > 0,
  );
  for (const ev of events) ev.id = eventId(ctx, ev, new Set(t.idDropWords));
  for (const ev of events) {
    for (const mm of ev.mentions) {
      mentions.push({
        start: mm.start,
        end: mm.end,
        id: ev.id,
        kind: 'Event',
        text: ctx.text.slice(mm.start, mm.end),
        rule: 'event:noun-phrase',
        form: 'name',
      });
    }
    ctx.decide({
      rule: 'event:noun-phrase',
      start: ev.mentions[0]?.start ?? 0,
      end: ev.mentions[0]?.end ?? 0,
      text: ev.name,
      action: 'entity',
      reason: `Event ${ev.id}`,
    });
  }
  addMentions(ctx, mentions);
  return events;
}

/**
 * A specific id: the name's words (no articles or ordinals), the place where
 * it was held when the text says so, and the year: "eu-central-asia-summit-
 * samarkand-2025", so that different summits of one article or of two
 * articles do not merge in the graph.
 */
function eventId(ctx: Ctx, ev: EventInfo, drop: ReadonlySet<string>): string {
  const words = slug(ev.name)
    .split('-')
    .filter((w) => w && !drop.has(w) && !/^\d+(?:st|nd|rd|th)$/.test(w));
  const year = (ev.date ?? ctx.pubYear).slice(0, 4);
  const named = words.filter((w) => w !== year);
  const place = placeOf(ctx, ev);
  if (place && !named.includes(place)) named.push(...place.split('-'));
  // A bare "the ceremony" is told apart by its day.
  const when = named.length <= 2 ? (ev.date ?? ctx.pubDay) : year;
  return [...named.slice(0, 10), when].join('-');
}

/** The city an event was held in: a place named in the sentence of one of its mentions. */
function placeOf(ctx: Ctx, ev: EventInfo): string | undefined {
  for (const mm of ev.mentions) {
    const s = sentenceAt(ctx, mm.start);
    if (!s) continue;
    const place = ctx.mentions.find(
      (m) => m.location && m.start >= s.start && m.end <= s.end && m.kind === 'Country',
    );
    if (place) return slug(place.text);
  }
  return undefined;
}
