// How an event is named and identified: its most specific phrase as the name,
// every phrase and the organisation's short form ("SCO summit", "SCO summit in
// Tianjin") as aliases, and an id of owner, noun, place and year
// ("au-summit-accra-2024"), so that two articles' mentions of one event meet
// and two events of one article stay apart.
import type { Ctx } from '../context';
import type { EntityMention } from '../model';
import { isMembershipBody } from '../relations/signatures';
import { slug } from '../slug';
import { CALENDAR } from './eventMentions';
import { eventTable } from './eventTable';
import type { EventGroup } from './groupEvents';

export interface EventNaming {
  name: string;
  aliases: string[];
  id: string;
}

/** An organisation's short name: its acronym id ("ASEAN", "SCO") or the words used. */
export function shortName(m: EntityMention): string {
  return /^[A-Z][A-Za-z0-9]{1,7}$/.test(m.id) ? m.id : m.text;
}

/**
 * "Leaders of the bloc signed … at the opening of their summit": a summit with
 * no name of its own belongs to the organisation named in its sentence, else
 * in the headline or the lead.
 */
export function ownerInContext(ctx: Ctx, g: EventGroup): EntityMention | undefined {
  const orgIn = (from: number, to: number): EntityMention | undefined =>
    ctx.mentions.find(
      (m) =>
        m.kind === 'Organization' &&
        !m.location &&
        m.start >= from &&
        m.end <= to &&
        isMembershipBody(ctx, m.id) &&
        // "UN Secretary-General X … at the summit": the organisation of a title owns nothing.
        !ctx.roles.some((r) => r.start <= m.start && r.end >= m.end),
    );
  for (const m of g.mentions) {
    const owner = orgIn(m.sentence.start, m.sentence.end);
    if (owner) return owner;
  }
  const lead = ctx.sentences.find((s) => s.start >= ctx.article.bodyStart);
  return orgIn(0, lead?.end ?? 0);
}

/** The city it was held in: a place in a mention's tail, else in a mention's sentence. */
function placeOf(ctx: Ctx, g: EventGroup): string | undefined {
  for (const m of g.mentions) if (m.place) return m.place;
  for (const m of g.mentions) {
    const place = ctx.mentions.find(
      (k) =>
        k.location &&
        k.kind === 'Country' &&
        k.start >= m.sentence.start &&
        k.end <= m.sentence.end,
    );
    if (place) return place.text;
  }
  return undefined;
}

export function nameEvent(
  ctx: Ctx,
  g: EventGroup,
  owner: EntityMention | undefined,
  year: string,
  day: string | undefined,
): EventNaming {
  const phrases = [...new Set(g.mentions.map((m) => m.phrase))];
  // The most specific form names the event.
  let name = phrases.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
  const aliases = new Set(phrases);
  const place = placeOf(ctx, g);
  if (owner) {
    const short = `${shortName(owner)} ${g.noun}`;
    aliases.add(short);
    if (place) aliases.add(`${short} in ${place}`);
    if (!/\p{Lu}/u.test(name)) name = short;
  }
  aliases.delete(name);
  const drop = new Set(eventTable().idDropWords);
  // An owner's event with a name of its own ("the Arab League Council session") keeps its words.
  const ownName = g.mentions.some((m) => m.extra.length);
  const lead = ownName ? [] : owner ? [slug(shortName(owner))] : g.qualifier.map(slug);
  const words = lead.length
    ? [...lead, slug(g.noun)]
    : slug(name)
        .split('-')
        .filter(
          (w) =>
            w &&
            !drop.has(w) &&
            !CALENDAR.test(w.replace(/s$/, '')) &&
            !/^\d+(?:st|nd|rd|th)?$/.test(w),
        )
        .slice(0, 6);
  const where = place ? slug(place) : '';
  if (where && !words.join('-').includes(where)) words.push(where);
  // A bare "the ceremony" is told apart by its day.
  const when = words.length <= 2 && !lead.length ? (day ?? ctx.pubDay) : year;
  return { name, aliases: [...aliases], id: [...words, when].join('-') };
}
