// STATED: a quotation attributed to a named person — "…," said X / X said:
// "…" / According to X, … "…". Pronouns and descriptions ("she", "the
// diplomat") resolve through coreference. The quotation becomes a Statement
// entity; the relation carries its text.
import type { Ctx } from '../context';
import type { Candidate, EntityMention, Quote } from '../model';
import { quoteWords } from '../quotes';
import { ruleTable } from '../ruleTable';
import { candidate } from './candidate';
import type { RelationRule } from './relationRule';

interface SpeechTable {
  verbs: string[];
  leadIns: string[];
}

let verbAlt: string | undefined;

function personIn(ctx: Ctx, from: number, to: number, last = false): EntityMention | undefined {
  const ms = ctx.mentions.filter((m) => m.kind === 'Person' && m.start >= from && m.end <= to);
  return last ? ms.at(-1) : ms[0];
}

/** The speaker of a quotation, or undefined. */
export function speakerOf(ctx: Ctx, q: Quote): { person: EntityMention; how: string } | undefined {
  const t = ruleTable<SpeechTable>('speechVerbs');
  verbAlt ??= t.verbs.map((v) => v.replace(/\s+/g, '\\s+')).join('|');
  const sentenceEnd = (() => {
    const rest = ctx.text.slice(q.end);
    const m = /[.!?](?:\s|$)|\n/.exec(rest);
    return q.end + (m ? m.index : rest.length);
  })();
  // After: ', said the diplomat' / ', Ruto said' / 'she added'.
  const after = ctx.text.slice(q.end, sentenceEnd);
  const verbFirst = new RegExp(`^\\s*,?\\s*(?:${verbAlt})\\s+`, 'i').exec(after);
  if (verbFirst) {
    const p = personIn(ctx, q.end + verbFirst[0].length, sentenceEnd);
    if (p && p.start - (q.end + verbFirst[0].length) < 4)
      return { person: p, how: 'verb then speaker after the quote' };
  }
  const subjFirst = new RegExp(
    `^\\s*,?\\s*([^,.;"“”]{1,80}?)\\s+(?:\\w+ly\\s+|also\\s+|further\\s+)?(?:${verbAlt})\\b`,
    'i',
  ).exec(after);
  if (subjFirst) {
    const p = personIn(ctx, q.end, q.end + subjFirst[0].length);
    if (p) return { person: p, how: 'speaker then verb after the quote' };
    if (subjFirst[1] && !/\b(?:he|she)\b/i.test(subjFirst[1])) return undefined; // an organisation or an unknown speaker
  }
  // Before, in the same sentence: 'X said that "…' / 'According to X, … "…'.
  const sentence = ctx.sentences.findLast((s) => s.start <= q.start);
  const from = sentence
    ? Math.max(sentence.start, ctx.quotes.filter((x) => x.end <= q.start).at(-1)?.end ?? 0)
    : q.start;
  const before = ctx.text.slice(from, q.start);
  const leadIn = new RegExp(`(?:${t.leadIns.join('|')})\\s+`, 'i').exec(before);
  if (leadIn) {
    const p = personIn(ctx, from + leadIn.index, q.start);
    if (p) return { person: p, how: `"${leadIn[0].trim()}"` };
  }
  const verbs = [...before.matchAll(new RegExp(`\\b(?:${verbAlt})\\b`, 'gi'))];
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k];
    if (!v) continue;
    const p = personIn(ctx, from, from + (v.index ?? 0), true);
    if (p) return { person: p, how: 'speaker and verb before the quote' };
  }
  return undefined;
}

export const stated: RelationRule = {
  id: 'stated:quote',
  reason: 'A quotation of six or more words with a speaker attributed by a speech verb.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    ctx.quotes.forEach((q, n) => {
      if (quoteWords(q) < 6) return;
      const sp = speakerOf(ctx, q);
      if (!sp) {
        ctx.decide({
          rule: 'stated:quote',
          start: q.start,
          end: q.end,
          text: q.text,
          action: 'skip',
          reason: 'no speaker found',
        });
        return;
      }
      const id = `statement-${ctx.article.id.replace(/^sha256:/, '').slice(0, 12)}-${n + 1}`;
      ctx.table.add(id, 'Statement', q.text.length > 80 ? `${q.text.slice(0, 77)}...` : q.text, {
        start: q.innerStart,
        end: q.innerEnd,
        text: ctx.text.slice(q.innerStart, q.innerEnd),
        rule: 'stated:quote',
      });
      out.push(
        candidate(
          ctx,
          {
            type: 'STATED',
            from: sp.person.id,
            to: id,
            anchor: q.start,
            dating: 'event',
            rule: 'stated:quote',
            reason: sp.how,
            confidence: sp.person.form === 'coref' ? 0.75 : 0.9,
          },
          { text: q.text },
        ),
      );
    });
    return out;
  },
};
