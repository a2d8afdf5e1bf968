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
// Capitalised title words (and "of the") between a speech verb and the name.
const TITLE_GAP = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|for|and)\s+){1,8}$/u;

// Every word capitalised: a title or a name in quotation marks, not a statement.
const NAME_LIKE =
  /^(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|and|for|on|in|a|an)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|and|for|on|in|a|an))*$/u;

// ", saying: “", ", adding that “": a speech participle whose subject is the clause's.
const PARTICIPLE =
  /,\s*(?:saying|adding|noting|stressing|stating|declaring|insisting)\b[^"“”]{0,40}$/i;

const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|of)\s*["“'‘]?$/i;

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
  // "…," Store, 65, told: an age apposition is blanked (same length, offsets kept).
  const after = ctx.text
    .slice(q.end, sentenceEnd)
    .replace(/,\s*\d{1,3},(?=\s)/g, (m) => ' '.repeat(m.length));
  const verbFirst = new RegExp(`^\\s*,?\\s*(?:${verbAlt})\\s+`, 'i').exec(after);
  if (verbFirst) {
    const p = personIn(ctx, q.end + verbFirst[0].length, sentenceEnd);
    // "…," said Kazakh Foreign Minister X: a title may stand between verb and name.
    const gap = p ? ctx.text.slice(q.end + verbFirst[0].length, p.start) : '';
    if (p && (gap.length < 4 || TITLE_GAP.test(gap)))
      return { person: p, how: 'verb then speaker after the quote' };
  }
  const subjFirst = new RegExp(
    `^\\s*,?\\s*([^,.;"“”]{1,80}?)\\s+(?:\\w+ly\\s+|also\\s+|further\\s+)?(?:${verbAlt})\\b`,
    'i',
  ).exec(after);
  if (subjFirst) {
    const p = personIn(ctx, q.end, q.end + subjFirst[0].length);
    if (p) return { person: p, how: 'speaker then verb after the quote' };
    // "… “modest” and described …": the verb after is the sentence subject's, asked for below.
    const coordinated = /^(?:and|but|then|and\s+then)$/i.test(subjFirst[1] ?? '');
    if (subjFirst[1] && !coordinated && !/\b(?:he|she)\b/i.test(subjFirst[1])) return undefined; // an organisation or an unknown speaker
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
  // "X welcomed Y to Nairobi, saying: “…”": the participle's subject opens the sentence.
  const participle = PARTICIPLE.exec(before);
  if (participle) {
    const p = personIn(ctx, from, from + participle.index);
    if (p) return { person: p, how: `subject of "${participle[0].trim()}"` };
  }
  const verbs = [...before.matchAll(new RegExp(`\\b(?:${verbAlt})\\b`, 'gi'))];
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k];
    if (!v) continue;
    const p = personIn(ctx, from, from + (v.index ?? 0), true);
    if (p) return { person: p, how: 'speaker and verb before the quote' };
  }
  // "X praised “…” and described it as “…”": a second quote of the sentence, its verb
  // coordinated with the first, has the sentence's subject.
  if (sentence && from > sentence.start && verbs.length) {
    const p = personIn(ctx, sentence.start, from);
    if (p && p.start - sentence.start < 40)
      return { person: p, how: 'subject of the sentence, second quote' };
  }
  // "X said:" closing the paragraph before a quote that opens the next one.
  if (!before.trim() && sentence) {
    const prev = ctx.sentences[sentence.index - 1];
    const prevText = prev ? ctx.text.slice(prev.start, prev.end).trimEnd() : '';
    const verb = prev && /:$/.test(prevText) ? lastVerb(prevText) : undefined;
    if (prev && verb !== undefined) {
      const p = personIn(ctx, prev.start, prev.start + verb, true);
      if (p) return { person: p, how: 'speaker and verb ending the paragraph before' };
    }
  }
  return undefined;
}

/** The quote after `prev` in the same paragraph, with no other person named between them. */
function sameSpeakerFollows(ctx: Ctx, prev: Quote, q: Quote, speaker: string): boolean {
  const gap = ctx.text.slice(prev.end, q.start);
  if (gap.length > 200) return false;
  // Across a paragraph break only for a paragraph that is the quote alone.
  const lineEnd = ctx.text.indexOf('\n', q.end);
  const alone =
    /\n\s*$/.test(gap) && !ctx.text.slice(q.end, lineEnd < 0 ? undefined : lineEnd).trim();
  if (gap.includes('\n') && (!alone || (gap.match(/\n\s*\n/g) ?? []).length > 1)) return false;
  return !ctx.mentions.some(
    (m) => m.kind === 'Person' && m.start >= prev.end && m.end <= q.start && m.id !== speaker,
  );
}

/** Offset of the last speech verb in text, or undefined. */
function lastVerb(text: string): number | undefined {
  const all = [...text.matchAll(new RegExp(`\\b(?:${verbAlt ?? 'said'})\\b`, 'gi'))];
  return all.at(-1)?.index;
}

export const stated: RelationRule = {
  id: 'stated:quote',
  reason:
    'A quotation with a speaker attributed by a speech verb; a short one (under six words) only with a speaker of its own, never a capitalised name in quotation marks.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    let last: ReturnType<typeof speakerOf>;
    ctx.quotes.forEach((q, n) => {
      // A short quote ("modest", "play our part") is a statement only with its own speaker;
      // a capitalised one is a name in quotation marks ("Shusha Declaration").
      const short = quoteWords(q) < 6;
      if (short && (NAME_LIKE.test(q.text) || !/\p{L}/u.test(q.text))) return;
      // "praised the "new era" of ties": a phrase inside the sentence's own noun phrase.
      if (short && DETERMINER_BEFORE.test(ctx.text.slice(Math.max(0, q.start - 12), q.start)))
        return;
      // A quote's next paragraph, or the next quote of a paragraph with no one
      // else named between, has the speaker of the quote before.
      const prev = n > 0 ? ctx.quotes[n - 1] : undefined;
      const follows =
        !!prev && !!last && (q.continues || sameSpeakerFollows(ctx, prev, q, last.person.id));
      const own = speakerOf(ctx, q);
      if (short && !own) return;
      const sp = own ?? (follows && last ? { ...last, how: 'quote continued' } : undefined);
      last = sp;
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
