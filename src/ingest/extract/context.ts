// The extraction context: everything the rules read about one article —
// sentences, dates, quotes, tokens and entity mentions — built once, then
// extended stage by stage (actors → people → agreements and events).
import type { Article, EntityKind } from '../types';
import type { Decision, DecisionSink } from './debug';
import type { EntityTable } from './entityTable';
import type { Lexicon } from './lexicon';
import type {
  AgreementMention,
  CountryGroup,
  DateMention,
  EntityMention,
  EventInfo,
  Quote,
  RoleFact,
  Sentence,
} from './model';
import type { Token } from './tokens';

export interface Ctx {
  article: Article;
  text: string;
  /** Publication year and day (`2025`, `2025-09-25`). */
  pubYear: string;
  pubDay: string;
  sentences: Sentence[];
  dates: DateMention[];
  quotes: Quote[];
  tokens: Token[];
  lexicon: Lexicon;
  /** Entity mentions, sorted by start (actors, people, agreements, events…). */
  mentions: EntityMention[];
  roles: RoleFact[];
  table: EntityTable;
  /** The two actors the article is mainly about, when it is bilateral. */
  pair: string[];
  agreements: AgreementMention[];
  events: EventInfo[];
  groups: CountryGroup[];
  decide: DecisionSink;
}

export function newDecider(sink?: DecisionSink): DecisionSink {
  return sink ?? ((_d: Decision) => undefined);
}

/** Keeps ctx.mentions sorted after additions. */
export function addMentions(ctx: Ctx, more: readonly EntityMention[]): void {
  ctx.mentions.push(...more);
  ctx.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Mentions inside [from, to), optionally of some kinds; places excluded unless asked. */
export function mentionsIn(
  ctx: Ctx,
  from: number,
  to: number,
  kinds?: readonly EntityKind[],
  withPlaces = false,
): EntityMention[] {
  return ctx.mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      (!kinds || kinds.includes(m.kind)) &&
      (withPlaces || !m.location),
  );
}

/** The sentence containing an offset (the last one starting at or before it). */
export function sentenceAt(ctx: Ctx, offset: number): Sentence | undefined {
  let found: Sentence | undefined;
  for (const s of ctx.sentences) {
    if (s.start <= offset) found = s;
    else break;
  }
  return found;
}

export function inQuote(ctx: Ctx, offset: number): boolean {
  return ctx.quotes.some((q) => offset >= q.innerStart && offset < q.innerEnd);
}

/** Tokens inside [from, to). */
export function tokensIn(ctx: Ctx, from: number, to: number): Token[] {
  return ctx.tokens.filter((t) => t.start >= from && t.end <= to);
}

/** The mention covering an offset, if any. */
export function mentionAt(
  ctx: Ctx,
  offset: number,
  kinds?: readonly EntityKind[],
): EntityMention | undefined {
  return ctx.mentions.find(
    (m) => m.start <= offset && offset < m.end && (!kinds || kinds.includes(m.kind)),
  );
}
