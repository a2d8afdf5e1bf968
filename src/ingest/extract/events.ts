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
  attended: { eventNouns: string[] };
}

const TAIL =
  /^(?:\s+\d{4}(?![\p{L}\p{N}])|\s+(?:in|at)\s+(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*|\s+(?:dedicated|devoted)\s+to\s+[^,.;:"“”]+?|\s+marking\s+[^,.;:"“”]+?|\s+between\s+[^,.;:"“”]+?|\s+on\s+the\s+occasion\s+of\s+[^,.;:"“”]+?)(?=\s+(?:is|was|were|are|has|had|on|in|at|from|which|where|as|and|to|with)\b|[,.;:"“”]|$)/u;
const LEFT = /(?:(?:\p{Lu}[\p{L}\p{N}-]*|first|second|third|annual|\d+(?:st|nd|rd|th))\s+)+$/u;

export function findEvents(ctx: Ctx): EventInfo[] {
  const nouns = ruleTable<AttendTable>('relations').attended.eventNouns.filter(
    (n) => n !== 'meeting' && n !== 'council' && n !== 'session',
  );
  const re = phraseRegex(nouns);
  const byNoun = new Map<string, EventInfo>();
  const mentions: EntityMention[] = [];
  for (const m of ctx.text.matchAll(re)) {
    const hs = m.index ?? 0;
    const he = hs + m[0].length;
    const sentence = sentenceAt(ctx, hs);
    if (!sentence || hs < ctx.article.bodyStart) continue;
    const noun = m[0].toLowerCase();
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
  const events = [...byNoun.values()].filter(
    (e) => e.name.split(' ').length > 1 || e.mentions.length > 0,
  );
  for (const ev of events) {
    const year = (ev.date ?? ctx.pubYear).slice(0, 4);
    ev.id = `${slug(ev.name).split('-').slice(0, 10).join('-')}-${year}`;
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
