// Descriptions and pronouns that point back to a named person: "the
// diplomat", "the Azerbaijani leader", "the President of India", "she".
// Each resolves to the most recently mentioned person that fits (role class,
// role, country); the result is a mention with form `coref`, used by the
// relation rules but never added to the entity's aliases.
import type { Ctx } from '../context';
import { addMentions, inQuote } from '../context';
import type { EntityMention, RoleFact } from '../model';
import { ruleTable } from '../ruleTable';
import type { TokenIndex } from './tokenIndex';
import { isNameWord } from './nameShape';

interface Description {
  noun: string;
  class?: string;
  role?: string;
  diplomatic?: boolean;
}

interface CorefTable {
  descriptions: Description[];
  pronouns: string[];
}

/** "Secretary-General" and "Secretary General" are one title. */
const titleKey = (s: string): string => s.toLowerCase().replace(/-/g, ' ');

function fits(fact: RoleFact, d: Description, country: string | undefined): boolean {
  if (fact.former) return false;
  if (country && fact.holder && fact.holder !== country) return false;
  if (
    d.role &&
    titleKey(fact.role) !== titleKey(d.role) &&
    !titleKey(fact.role).endsWith(` ${titleKey(d.role)}`)
  ) {
    if (!(d.class && fact.roleClass === d.class)) return false;
  }
  if (d.class && !d.role && fact.roleClass !== d.class) return false;
  if (d.diplomatic && !fact.diplomatic) return false;
  return true;
}

/** The person a description refers to, at offset `at`. Sets an unknown holder from the description's country. */
function resolveDescription(
  ctx: Ctx,
  d: Description,
  country: string | undefined,
  at: number,
  isNew = false,
): string | undefined {
  const fitting = ctx.roles.filter((f) => fits(f, d, country));
  // "the new ambassador": the one introduced as new, when the text introduced one.
  const fresh = isNew ? fitting.filter((f) => f.fresh) : [];
  const candidates = new Set((fresh.length ? fresh : fitting).map((f) => f.person));
  if (!candidates.size) return undefined;
  let best: EntityMention | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= at) break;
    if (m.kind === 'Person' && candidates.has(m.id)) best = m;
  }
  // A description may also come before the name in the same paragraph ("the head of state … Aliyev"): not resolved.
  if (!best) return undefined;
  if (country) {
    for (const f of ctx.roles)
      if (f.person === best.id && !f.holder && fits(f, d, undefined)) f.holder = country;
  }
  return best.id;
}

export function resolveCoreference(ctx: Ctx, ix: TokenIndex): void {
  const table = ruleTable<CorefTable>('coreference');
  const T = ix.tokens;
  const descriptions = [...table.descriptions].sort(
    (a, b) => b.noun.split(' ').length - a.noun.split(' ').length,
  );
  const pronouns = new Set(table.pronouns);
  const speechVerbs = new Set(ruleTable<{ verbs: string[] }>('speechVerbs').verbs);
  const persons = ctx.mentions
    .filter((m) => m.kind === 'Person' && !inQuote(ctx, m.start))
    .sort((a, b) => a.start - b.start);
  const added: EntityMention[] = [];
  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (!t) continue;
    if (t.lower === 'the') {
      let k = i + 1;
      let country: string | undefined;
      let isNew = false;
      while (k < i + 5) {
        const m = ix.mentionOf[k];
        // "the Azerbaijani leader", "the NATO Secretary General": the holder before the noun.
        if (m && (m.kind === 'Country' || m.kind === 'Organization')) {
          country = m.id;
          while (ix.mentionOf[k] === m) k++;
          continue;
        }
        if (
          ['top', 'chief', 'senior', 'new', 'newly', 'appointed', 'two'].includes(T[k]?.lower ?? '')
        ) {
          if (T[k]?.lower === 'new' || T[k]?.lower === 'newly') isNew = true;
          k++;
          continue;
        }
        break;
      }
      for (const d of descriptions) {
        const words = d.noun.split(' ');
        if (!words.every((w, n) => T[k + n]?.lower === w)) continue;
        let end = k + words.length;
        // "the President of India"
        if (T[end]?.lower === 'of' && ix.mentionOf[end + 1]?.kind === 'Country') {
          const m = ix.mentionOf[end + 1];
          country ??= m?.id;
          end += 1;
          while (ix.mentionOf[end] === m) end++;
        }
        // A title before a name is not a description ("the Kenyan President Jon Berg"), nor
        // one a named person holds in apposition ("The Minister of … of Kenya, Amos Lenku,").
        if (isNameWord(T[end], ix.covered)) break;
        const from = T[k]?.start ?? t.start;
        if (ctx.roles.some((r) => r.start <= from && r.end >= (T[end - 1]?.end ?? from))) break;
        const start = t.start;
        const stop = T[end - 1]?.end ?? t.end;
        const id = resolveDescription(ctx, d, country, start, isNew);
        if (id) {
          added.push({
            start,
            end: stop,
            id,
            kind: 'Person',
            text: ctx.text.slice(start, stop),
            rule: 'coref:description',
            form: 'coref',
          });
          ctx.decide({
            rule: 'coref:description',
            start,
            end: stop,
            text: ctx.text.slice(start, stop),
            action: 'coref',
            reason: `→ ${id}`,
          });
        }
        i = end - 1;
        break;
      }
      continue;
    }
    if (pronouns.has(t.lower) && !inQuote(ctx, t.start)) {
      let best: EntityMention | undefined;
      for (const list of [persons, added])
        for (const m of list) {
          if (m.start >= t.start) break;
          if (m.kind !== 'Person' || (best && m.start <= best.start)) continue;
          if (list === persons || !inQuote(ctx, m.start)) best = m;
        }
      // "He said", and "He also met …" opening a sentence: the subject of the sentence
      // that last named someone, as news continues with its subject.
      const sentence = ctx.sentences.find((x) => x.start <= t.start && t.start < x.end);
      const opens =
        !!sentence && /^(?:[\p{L}\d ]{0,20},\s*)?$/u.test(ctx.text.slice(sentence.start, t.start));
      if (best && (speechVerbs.has(T[i + 1]?.lower ?? '') || opens))
        // Names and titles standing for names ("The Secretary General thanked …") open a
        // sentence as its subject; an earlier pronoun does not shift the subject.
        best = subjectOf(
          ctx,
          [...persons, ...added.filter((m) => m.rule === 'coref:description')].sort(
            (a, b) => a.start - b.start,
          ),
          best,
        );
      if (best) {
        added.push({
          start: t.start,
          end: t.end,
          id: best.id,
          kind: 'Person',
          text: t.text,
          rule: 'coref:pronoun',
          form: 'coref',
        });
        ctx.decide({
          rule: 'coref:pronoun',
          start: t.start,
          end: t.end,
          text: t.text,
          action: 'coref',
          reason: `→ ${best.id}`,
        });
      }
    }
  }
  addMentions(ctx, added);
}

/**
 * "He told reporters", "He also met …": a pronoun speaking or opening a sentence refers to the subject of the
 * sentence that last named a person (its first person, near its start),
 * not merely to the last person named ("A received B. He said …" → A).
 */
function subjectOf(
  ctx: Ctx,
  persons: readonly EntityMention[],
  last: EntityMention,
): EntityMention {
  const s = ctx.sentences.findLast((x) => x.start <= last.start);
  if (!s) return last;
  const first = persons.find((m) => m.start >= s.start && m.end <= s.end);
  return first && first.start - s.start < 60 ? first : last;
}
