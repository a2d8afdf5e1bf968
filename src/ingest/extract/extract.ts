// The extraction engine: one article in, entities and dated, evidence-backed
// relations out (docs/ontology.md). Pure and synchronous. Stages:
//   1. context: sentences, dates, quotes, tokens, gazetteer mentions, pair;
//   2. people (from titles, appositions, verbs), their roles and mentions;
//   3. agreements, events, numbered country groups, coreference;
//   4. relation rules (relations/rules.ts), then dating and de-duplication.
import { findDates } from '../dates/findDates';
import { splitSentences } from '../parse/splitSentences';
import type { Article, Entity, Extraction, Relation } from '../types';
import { SYMMETRIC_TYPES } from '../types';
import { actorMentions } from './actors';
import { finalAgreementIds } from './agreementIds';
import { findAgreements } from './agreements/findAgreements';
import type { Ctx } from './context';
import { addMentions, newDecider } from './context';
import { dateFor } from './dating';
import type { DecisionSink } from './debug';
import { EntityTable } from './entityTable';
import { findEvents } from './events/findEvents';
import { findGroups } from './groups';
import { lexicon } from './lexiconInstance';
import type { Candidate, DateMention } from './model';
import { articlePair } from './pair';
import { findLevels } from './relations/partnershipLevel';
import { resolveCoreference } from './people/coreference';
import { inferAccreditation, findCeremonies } from './people/credentialsCeremony';
import { findPeople } from './people/findPeople';
import { inferHolders, inferHomeHolders } from './people/inferHolders';
import { homeCountry } from './homeCountry';
import { registerPeople } from './people/registerPeople';
import { tokenIndex } from './people/tokenIndex';
import { findQuotes } from './quotes';
import { RELATION_RULES } from './relations/rules';
import { endsFit } from './relations/signatures';
import { tokenize } from './tokens';

export interface ExtractOptions {
  debug?: DecisionSink;
}

function buildContext(article: Article, decide: DecisionSink): Ctx {
  const text = article.text;
  const sentences = splitSentences(text);
  const dates: DateMention[] = [];
  for (const s of sentences) dates.push(...findDates(s.text, article.publishedAt, s.start));
  return {
    article,
    text,
    pubYear: article.publishedAt.slice(0, 4),
    pubDay: article.publishedAt.slice(0, 10),
    sentences,
    dates,
    quotes: findQuotes(text),
    tokens: tokenize(text),
    lexicon: lexicon(),
    mentions: [],
    roles: [],
    table: new EntityTable(),
    pair: [],
    agreements: [],
    events: [],
    groups: [],
    decide,
  };
}

function keyOf(c: Candidate): string {
  let [a, b] = [c.from, c.to];
  if (SYMMETRIC_TYPES.has(c.type) && b < a) [a, b] = [b, a];
  // A role, or a membership status (an observer who became a member holds both in turn).
  const q =
    c.type === 'HOLDS_POSITION'
      ? (c.role ?? '').toLowerCase()
      : c.type === 'MEMBER_OF'
        ? (c.status ?? 'member')
        : '';
  return [c.type, a, b, c.area ?? '', c.level ?? '', q].join('|');
}

function toRelation(ctx: Ctx, c: Candidate): { r: Relation; rank: number } | undefined {
  const dated = dateFor(ctx, c);
  if (!dated) {
    ctx.decide({
      rule: c.rule,
      start: c.anchor,
      end: c.anchor,
      text: `${c.type} ${c.from}→${c.to}`,
      action: 'skip',
      reason: 'old event reached through a description',
    });
    return undefined;
  }
  const s = ctx.sentences[c.sentence];
  const r: Relation = {
    type: c.type,
    from: c.from,
    to: c.to,
    date: dated.date,
    dateSource: dated.dateSource,
    confidence: c.confidence,
    evidence: {
      articleId: ctx.article.id,
      sentence: s?.text ?? '',
      start: s?.start ?? 0,
      end: s?.end ?? 0,
    },
    rule: c.rule,
  };
  if (dated.dateEnd) r.dateEnd = dated.dateEnd;
  for (const k of ['role', 'count', 'kind', 'level', 'area', 'on', 'status', 'text'] as const) {
    const v = c[k];
    if (v !== undefined) (r as unknown as Record<string, unknown>)[k] = v;
  }
  return { r, rank: dated.rank };
}

/**
 * Relations from candidates: dated, de-duplicated. Of two statements of the
 * same fact the better-dated one wins: a date of its own beats the story's
 * day, which beats the article's; then the more precise date.
 */
function finishRelations(ctx: Ctx, candidates: readonly Candidate[]): Relation[] {
  const byKey = new Map<string, { r: Relation; rank: number }>();
  const order: string[] = [];
  for (const c of candidates) {
    if (!c.from || !c.to || c.from === c.to) continue;
    if (!endsFit(ctx, c)) {
      ctx.decide({
        rule: c.rule,
        start: c.anchor,
        end: c.anchor,
        text: `${c.type} ${c.from}→${c.to}`,
        action: 'skip',
        reason: 'ends of the wrong kind for the relation type',
      });
      continue;
    }
    const found = toRelation(ctx, c);
    if (!found) continue;
    const { r, rank } = found;
    const k = keyOf(c);
    const prev = byKey.get(k);
    ctx.decide({
      rule: c.rule,
      start: c.anchor,
      end: c.anchor,
      text: `${c.type} ${c.from}→${c.to}${c.area ? ` [${c.area}]` : ''}`,
      action: prev ? 'repeat' : 'relation',
      reason: c.reason,
    });
    if (!prev) {
      byKey.set(k, found);
      order.push(k);
      continue;
    }
    const p = prev.r;
    // Two meetings of the same people on different stated dates are two facts.
    const again = `${k}|${r.date ?? ''}`;
    if (REPEATABLE.has(r.type) && rank === 3 && prev.rank === 3 && unrelated(r.date, p.date)) {
      if (!byKey.has(again)) {
        byKey.set(again, found);
        order.push(again);
      }
      continue;
    }
    const betterRange =
      r.type === 'VISITED' && !!r.dateEnd && !p.dateEnd && r.dateSource === 'text';
    const betterDate =
      rank > prev.rank || (rank === prev.rank && moreExact(r.date ?? '', p.date ?? ''));
    if (betterDate || betterRange) {
      const merged = { ...r, confidence: Math.max(r.confidence, p.confidence) };
      if (r.type === 'SUPPORTS' && p.on && r.on !== p.on) merged.on = joinOn(p.on, r.on);
      byKey.set(k, { r: merged, rank });
    } else if (r.type === 'SUPPORTS' && r.on && p.on) {
      p.on = joinOn(p.on, r.on);
    }
  }
  return order.map((k) => byKey.get(k)?.r).filter((r): r is Relation => !!r);
}

/** Relations that happen again on another day (a visit spans days, so it is not one). */
const REPEATABLE = new Set(['MET']);

/** Neither date contains the other ("2025-03-04" and "2025-03" are one date at two precisions). */
const unrelated = (a = '', b = ''): boolean => !!a && !!b && !a.startsWith(b) && !b.startsWith(a);

/** "2025-03-04" refines "2025-03". */
const moreExact = (a: string, b: string): boolean => a.length > b.length && a.startsWith(b);

/** Two descriptions of what a support is about, each once. */
function joinOn(a: string, b: string | undefined): string {
  return !b || a.includes(b) ? a : `${a}; ${b}`;
}

function buildEntities(
  ctx: Ctx,
  people: ReturnType<typeof registerPeople>,
  candidates: readonly Candidate[],
  relations: readonly Relation[],
): Entity[] {
  const names = new Map<string, string>();
  for (const p of people) names.set(p.id, p.name);
  for (const a of ctx.agreements) names.set(a.id, a.name);
  for (const e of ctx.events) names.set(e.id, e.name);
  for (const m of ctx.mentions) {
    if (m.form === 'coref' || m.location) continue;
    const entry =
      m.kind === 'Person' || m.kind === 'Agreement' || m.kind === 'Event'
        ? undefined
        : ctx.lexicon.get(m.id);
    const name = names.get(m.id) ?? entry?.name ?? m.text;
    const extra = entry?.wikidata ? { wikidata: entry.wikidata } : {};
    ctx.table.add(
      m.id,
      m.kind,
      name,
      { start: m.start, end: m.end, text: m.text, rule: m.rule },
      extra,
    );
  }
  for (const e of ctx.events)
    for (const alias of e.aliases) {
      const ent = ctx.table.get(e.id);
      if (ent && !ent.aliases.includes(alias) && alias !== ent.name) ent.aliases.push(alias);
    }
  for (const c of candidates) {
    if (c.area && c.areaMention && !ctx.table.has(c.area)) {
      const entry = ctx.lexicon.get(c.area);
      ctx.table.add(
        c.area,
        (entry?.kind as Entity['kind'] | undefined) ?? 'Topic',
        entry?.name ?? c.areaMention.text,
        c.areaMention,
      );
    } else if (c.area && c.areaMention) {
      ctx.table.add(
        c.area,
        ctx.table.get(c.area)?.kind ?? 'Topic',
        ctx.table.get(c.area)?.name ?? c.area,
        c.areaMention,
      );
    }
  }
  // Every end of a relation is an entity of the output.
  for (const r of relations) {
    for (const id of [r.from, r.to, r.area]) {
      if (!id || ctx.table.has(id)) continue;
      const entry = ctx.lexicon.get(id);
      if (entry)
        ctx.table.add(
          id,
          entry.kind as Entity['kind'],
          entry.name,
          undefined,
          entry.wikidata ? { wikidata: entry.wikidata } : {},
        );
    }
  }
  return ctx.table.list();
}

/**
 * "… Comprehensive Strategic Partnership for Peace and Prosperity …": a
 * gazetteer name that starts inside a partnership level of an agreement's
 * name (here NATO's Partnership for Peace) is a false match.
 */
function dropNamesInsideLevels(ctx: Ctx): void {
  const levels = ctx.agreements.flatMap((a) => findLevels(ctx.text, a.start, a.end));
  ctx.mentions = ctx.mentions.filter((m) => {
    if (m.kind !== 'Initiative' && m.kind !== 'Organization') return true;
    const inside = levels.some((l) => l.start < m.start && m.start < l.end);
    if (inside)
      ctx.decide({
        rule: 'agreement:level-overlap',
        start: m.start,
        end: m.end,
        text: m.text,
        action: 'skip',
        reason: 'name starts inside a partnership level',
      });
    return !inside;
  });
}

/** Extracts entities and relations from one parsed article. */
export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const ctx = buildContext(article, newDecider(options.debug));
  const hits = ctx.lexicon.find(ctx.text);
  addMentions(ctx, actorMentions(ctx.text, hits));
  ctx.pair = articlePair(ctx);
  if (ctx.pair.length)
    ctx.decide({
      rule: 'pair:article',
      start: 0,
      end: 0,
      text: ctx.pair.join('-'),
      action: 'pair',
      reason: 'the two leading countries',
    });
  const ix = tokenIndex(ctx);
  const people = registerPeople(ctx, ix, findPeople(ctx, ix));
  inferHolders(ctx);
  ctx.agreements = findAgreements(ctx);
  dropNamesInsideLevels(ctx);
  ctx.events = findEvents(ctx);
  ctx.groups = findGroups(ctx);
  resolveCoreference(ctx, ix);
  inferHolders(ctx);
  const home = homeCountry(ctx);
  inferAccreditation(ctx, findCeremonies(ctx, home));
  inferHomeHolders(ctx, home);
  const candidates: Candidate[] = [];
  for (const rule of RELATION_RULES) candidates.push(...rule.apply(ctx, candidates));
  const relations = finishRelations(ctx, candidates);
  finalAgreementIds(ctx, relations);
  const valid = new Set(ctx.table.list().map((e) => e.id));
  const entities = buildEntities(ctx, people, candidates, relations);
  for (const e of entities) valid.add(e.id);
  const kept = relations.filter(
    (r) => valid.has(r.from) && valid.has(r.to) && (!r.area || valid.has(r.area)),
  );
  const { id, title, publishedAt, source, section, url } = article;
  return { article: { id, title, publishedAt, source, section, url }, entities, relations: kept };
}
