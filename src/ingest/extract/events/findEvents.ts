// Events people attend: a summit, forum, funeral or ceremony, named by its
// noun phrase ("the AU summit in Accra", "an event dedicated to the 76th
// anniversary of …"). Mentions are found (eventMentions), grouped into
// events (groupEvents) and named (eventNames); an event's date is the first
// day-precise date stated with one of its mentions.
import type { Ctx } from '../context';
import { addMentions } from '../context';
import type { EntityMention, EventInfo } from '../model';
import { eventMentions } from './eventMentions';
import { nameEvent, ownerInContext } from './eventNames';
import { eventTable } from './eventTable';
import type { EventGroup } from './groupEvents';
import { groupEvents } from './groupEvents';

function dateOf(ctx: Ctx, g: EventGroup): { date?: string; dateEnd?: string } {
  for (const m of g.mentions) {
    const d = ctx.dates.find(
      (x) => x.start >= m.sentence.start && x.end <= m.sentence.end && x.precision === 'day',
    );
    if (d) return d.valueEnd ? { date: d.value, dateEnd: d.valueEnd } : { date: d.value };
  }
  return {};
}

export function findEvents(ctx: Ctx): EventInfo[] {
  const t = eventTable();
  const weak = new Set(t.weakEventNouns);
  const owned = new Set(t.ownedEventNouns);
  // "the session" alone is no event; "the regular session of the … Council" is.
  const groups = groupEvents(eventMentions(ctx), new Set(t.anaphoricNouns)).filter(
    (g) => !weak.has(g.noun) || g.mentions.some((m) => /\p{Lu}/u.test(m.phrase)),
  );
  const events: EventInfo[] = [];
  const mentions: EntityMention[] = [];
  for (const g of groups) {
    const owner =
      g.mentions.find((m) => m.owner)?.owner ??
      (!g.qualifier.length && owned.has(g.noun) ? ownerInContext(ctx, g) : undefined);
    const when = dateOf(ctx, g);
    const naming = nameEvent(ctx, g, owner, (when.date ?? ctx.pubYear).slice(0, 4), when.date);
    const ev: EventInfo = {
      ...naming,
      noun: g.noun,
      ...(owner ? { owner: owner.id } : {}),
      ...when,
      mentions: g.mentions.map((m) => ({ start: m.start, end: m.end })),
    };
    events.push(ev);
    for (const m of g.mentions)
      mentions.push({
        start: m.start,
        end: m.end,
        id: ev.id,
        kind: 'Event',
        text: ctx.text.slice(m.start, m.end),
        rule: 'event:noun-phrase',
        form: 'name',
      });
    ctx.decide({
      rule: 'event:noun-phrase',
      start: g.mentions[0]?.start ?? 0,
      end: g.mentions[0]?.end ?? 0,
      text: ev.name,
      action: 'entity',
      reason: `Event ${ev.id}${owner ? ` (held by ${owner.id})` : ''}`,
    });
  }
  // Two groups named alike (a bare "summit" and "Summit") are one event.
  const byId = new Map<string, EventInfo>();
  for (const ev of events) {
    const first = byId.get(ev.id);
    if (!first) byId.set(ev.id, ev);
    else {
      first.mentions.push(...ev.mentions);
      for (const a of [ev.name, ...ev.aliases])
        if (a !== first.name && !first.aliases.includes(a)) first.aliases.push(a);
    }
  }
  addMentions(ctx, mentions);
  return [...byId.values()];
}
