// Where the text names an event: an event noun ("summit", "funeral") with the
// words before it that name it ("17th ECO", "Korea-Pacific Islands") and the
// tail that places or describes it ("in Tianjin", "of the Americas",
// "dedicated to …"). Each mention says what distinguishes its event from
// another of the same noun: an organisation it names, or its proper words.
import type { Ctx } from '../context';
import { sentenceAt } from '../context';
import type { EntityMention, Sentence } from '../model';
import { asciiFold } from '../slug';
import { isMembershipBody } from '../relations/signatures';
import { phraseRegex } from '../words';
import { eventTable } from './eventTable';

export interface EventMention {
  start: number;
  end: number;
  noun: string;
  phrase: string;
  sentence: Sentence;
  /** The organisation named inside the phrase ("Shanghai Cooperation Organization summit"). */
  owner?: EntityMention;
  /** Folded proper words that tell this event from others of its noun ("cis", "korea-pacific islands"). */
  qualifier: string[];
  /** Proper words of the name beyond its owner ("Council" in "session of the Arab League Council"). */
  extra: string[];
  /** The place named in its tail ("summit in Minsk"). */
  place?: string;
  /** "last year's summit", "the next summit": another occurrence than the one reported. */
  distinct?: boolean;
}

// The tail after the noun: a year, a place ("in Minsk"), an owner or a name
// ("of the Americas", "between the leaders of the EU"), or a description.
const TAIL_YEAR = /^\s+\d{4}(?![\p{L}\p{N}])/u;
// "in St. Petersburg": an abbreviation's full stop stays inside the place.
const TAIL_PLACE =
  /^\s+(?:in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\.(?=\s\p{Lu}))?(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;
const TAIL_NAME =
  /^\s+(?:of\s+(?:the\s+)?(?:(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?|heads\s+of\s+government|foreign\s+ministers|ministers|presidents)\s+of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?|the\s+)?\p{Lu}[\p{L}'’-]*)*(?=\s+\p{Ll}|\s*[,.;:"“”()]|$)|between\s+[^,.;:"“”]+?(?=\s+(?:is|was|were|are|has|had|on|in|at|from|which|where|as|and|to|with)\b|[,.;:"“”]|$))/u;
const ROLES_ONLY =
  /^\s+of\s+(?:the\s+)?(?:Foreign\s+Ministers|Ministers|Presidents|Prime\s+Ministers|Leaders|Heads\s+of\s+(?:State|Government)(?:\s+and\s+Government)?)\s*$/;
// "the Summit on Peace in Ukraine": a capitalised noun's title-case topic is part of its name.
const TAIL_TOPIC =
  /^\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?\p{Lu}[\p{L}'’-]*)*/u;
const TAIL_ABOUT =
  /^\s+(?:(?:dedicated|devoted)\s+to\s+[^,.;:"“”]+?|marking\s+[^,.;:"“”]+?|on\s+the\s+occasion\s+of\s+[^,.;:"“”]+?)(?=\s+(?:is|was|were|are|has|had|on|in|at|from|which|where|as|and|to|with)\b|[,.;:"“”]|$)/u;
const LEFT_WORDS =
  '(?:(?:["“][^"“”]{1,40}["”]|\\p{Lu}[\\p{L}\\p{N}\'’+-]*|first|second|third|annual|regular|ordinary|extraordinary|informal|\\d+(?:st|nd|rd|th))\\s+)+';
let leftRe: RegExp | undefined;
/** Proper words before the noun, then at most two descriptive ones ("COP29 climate conference"). */
function leftOfNoun(): RegExp {
  if (!leftRe) {
    const mods = eventTable()
      .eventModifiers.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    leftRe = new RegExp(`${LEFT_WORDS}(?:(?:${mods})\\s+){0,2}$`, 'u');
  }
  return leftRe;
}
// Capitalised at a sentence's start, not as part of a name: "The summit", "When meeting …".
const ARTICLE =
  /^(?:The|A|An|This|That|When|While|After|Before|During|Upon|On|At|In|As|Since|Following|Ahead|Its|Their|His|Her)\s/;
const OTHER_OCCURRENCE =
  /\b(?:last\s+year['’]s|next\s+year['’]s|previous|last|next|upcoming|earlier|former)\s+(?:[\p{L}-]+\s+)?$/iu;
const STATUS_AFTER = /^\s+(?:partners?|partnership|status|country|countries|state|states)\b/i;
const PLACE_AFTER =
  /^\s+(?:Center|Centre|Hall|Palace|Complex|Building|Park|Street|Square|Avenue|Road|Grounds)\b/;
export const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Proper words of [start, end) that are not the noun, a place, a date, an ordinal or a drop word. */
function qualifierOf(ctx: Ctx, start: number, end: number, noun: string): string[] {
  const drop = new Set(eventTable().idDropWords);
  const nounWords = new Set(noun.split(' '));
  const out: string[] = [];
  for (const m of ctx.text.slice(start, end).matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const at = start + (m.index ?? 0);
    const word = m[0];
    const w = asciiFold(word)
      .toLowerCase()
      .replace(/['’]s?$/, '');
    if (!/^\p{Lu}|^\p{N}+\p{L}/u.test(word)) continue;
    if (nounWords.has(w) || drop.has(w) || CALENDAR.test(w) || /^\d+(?:st|nd|rd|th)?$/.test(w))
      continue;
    if (['leaders', 'heads', 'state', 'government'].includes(w)) continue;
    const inPlace = ctx.mentions.some((p) => p.location && p.start <= at && p.end > at);
    if (!inPlace) out.push(w);
  }
  return out;
}

/** The tail after the noun, with the parts that name and place the event. */
function tailOf(
  text: string,
  notPlace: (from: number, to: number) => boolean,
  titled: boolean,
): { length: number; name?: [number, number]; place?: string } {
  let at = 0;
  let name: [number, number] | undefined;
  let place: string | undefined;
  for (let step = 0; step < 3; step++) {
    const rest = text.slice(at);
    const y = TAIL_YEAR.exec(rest);
    const pl = TAIL_PLACE.exec(rest);
    const named = TAIL_NAME.exec(rest) ?? (titled ? TAIL_TOPIC.exec(rest) : null);
    // "a meeting of the Prime Ministers of both states": people, not a body's name.
    const nm = named && !ROLES_ONLY.test(named[0]) ? named : null;
    const ab = TAIL_ABOUT.exec(rest);
    if (y) at += y[0].length;
    else if (nm && !name) {
      name = [at, at + nm[0].length];
      at += nm[0].length;
    } else if (
      pl &&
      !place &&
      !notPlace(at + pl[0].length - (pl[1]?.length ?? 0), at + pl[0].length)
    ) {
      place = pl[1];
      at += pl[0].length;
    } else if (ab) at += ab[0].length;
    else break;
  }
  return { length: at, ...(name ? { name } : {}), ...(place ? { place } : {}) };
}

export function eventMentions(ctx: Ctx): EventMention[] {
  const t = eventTable();
  const nouns = t.eventNouns.filter((n) => !t.notEventNouns.includes(n));
  const owned = new Set(t.ownedEventNouns);
  const re = phraseRegex(nouns);
  const notEvent = phraseRegex(t.notEventPhrases, 'iu');
  const out: EventMention[] = [];
  const orgAt = (from: number, to: number): EntityMention[] =>
    ctx.mentions.filter(
      (k) =>
        k.kind === 'Organization' &&
        !k.location &&
        k.start >= from &&
        k.end <= to &&
        isMembershipBody(ctx, k.id),
    );
  const personIn = (from: number, to: number): boolean =>
    ctx.mentions.some((k) => k.kind === 'Person' && k.start < to && k.end > from);
  for (const m of ctx.text.matchAll(re)) {
    const hs = m.index ?? 0;
    const he = hs + m[0].length;
    const sentence = sentenceAt(ctx, hs);
    if (!sentence || hs < ctx.article.bodyStart) continue;
    const noun = m[0].toLowerCase();
    // "the Meijiang Convention and Exhibition Center": a building, not an event;
    // "SCO dialogue partner", "observer status": a status, not an event.
    if (
      PLACE_AFTER.test(ctx.text.slice(he, he + 20)) ||
      STATUS_AFTER.test(ctx.text.slice(he, he + 20))
    )
      continue;
    // "a joint press conference": not an event people attend.
    const around = ctx.text.slice(Math.max(sentence.start, hs - 20), he);
    if (notEvent.test(around) && new RegExp(`${noun}$`, 'i').test(around)) continue;
    const before = ctx.text.slice(Math.max(sentence.start, hs - 60), hs);
    const left = leftOfNoun().exec(before);
    let start = hs;
    // "The Caspian Summit": the article is not part of the name, the words after it are.
    if (left) start = hs - left[0].length + (ARTICLE.exec(left[0])?.[0].length ?? 0);
    // "the Group of Seven summit": an organisation's name right before the noun is part of it.
    const orgBefore = ctx.mentions.find(
      (k) => k.kind === 'Organization' && k.end <= hs && /^\s*$/.test(ctx.text.slice(k.end, hs)),
    );
    if (orgBefore && orgBefore.start < start && orgBefore.start >= sentence.start)
      start = orgBefore.start;
    // "a conference in López Obrador's …": a person is no place.
    const tail = tailOf(
      ctx.text.slice(he, Math.min(sentence.end, he + 160)),
      (a, b) => personIn(he + a, he + b),
      /^\p{Lu}/u.test(m[0]) && hs > sentence.start,
    );
    const end = he + tail.length;
    const named: [number, number][] = [[start, hs]];
    if (tail.name) named.push([he + tail.name[0], he + tail.name[1]]);
    // The owner: an organisation in the name, else (a summit, a session) the last one named
    // before the noun in its sentence ("Leaders of the AU … at a summit in Accra").
    const owner =
      named.flatMap(([a, b]) => orgAt(a, b))[0] ??
      (owned.has(noun)
        ? orgAt(sentence.start, hs)
            // "UN Secretary-General X … at the summit": the organisation of a title owns no event.
            .filter((o) => !ctx.roles.some((r) => r.start <= o.start && r.end >= o.end))
            .at(-1)
        : undefined);
    const place = ctx.mentions.find((k) => k.location && k.start >= he && k.end <= end);
    const words = named.flatMap(([a, b]) => qualifierOf(ctx, a, b, noun));
    const ownerWords = new Set(
      owner
        ? [owner.id, ...ctx.text.slice(owner.start, owner.end).split(/[\s-]+/)].map((w) =>
            asciiFold(w).toLowerCase(),
          )
        : [],
    );
    const mention: EventMention = {
      start,
      end,
      noun,
      phrase: ctx.text.slice(start, end).replace(/\s+/g, ' '),
      sentence,
      qualifier: owner ? [owner.id.toLowerCase()] : words,
      extra: owner ? words.filter((w) => !ownerWords.has(w)) : [],
    };
    if (owner) mention.owner = owner;
    if (OTHER_OCCURRENCE.test(ctx.text.slice(Math.max(sentence.start, start - 25), start)))
      mention.distinct = true;
    if (place || tail.place) mention.place = place?.text ?? tail.place;
    out.push(mention);
  }
  return [...out, ...namedEventMentions(ctx, out)];
}

let namedEventRes: { noun: string; re: RegExp }[] | undefined;

/** "COP29", "UNGA": events named without an event noun, unless a noun phrase holds them. */
function namedEventMentions(ctx: Ctx, found: readonly EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  namedEventRes ??= eventTable().namedEvents.map((n) => ({
    noun: n.noun,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${n.pattern}(?![\\p{L}\\p{N}])`, 'gu'),
  }));
  for (const n of namedEventRes) {
    for (const m of ctx.text.matchAll(n.re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const sentence = sentenceAt(ctx, start);
      if (!sentence || start < ctx.article.bodyStart) continue;
      if (found.some((f) => f.start <= start && f.end >= end)) continue;
      const place = TAIL_PLACE.exec(ctx.text.slice(end, Math.min(sentence.end, end + 60)));
      out.push({
        start,
        end,
        noun: n.noun,
        phrase: m[0],
        sentence,
        qualifier: [asciiFold(m[0]).toLowerCase().replace(/\s+/g, '')],
        extra: [],
        ...(place?.[1] ? { place: place[1] } : {}),
      });
    }
  }
  return out;
}
