// Document nouns that can head an agreement's name ("Joint Statement",
// "memorandum of understanding", "Treaty"), singular or plural, each with the
// sentence it stands in.
import type { Ctx } from '../context';
import { sentenceAt } from '../context';
import type { Sentence } from '../model';
import { phraseRegex } from '../words';
import { agreementTable } from './agreementTable';

export interface Head {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  /** Written with a capital ("Treaty"): part of a proper name when other words join it. */
  capitalised: boolean;
}

let headRe: RegExp | undefined;

/** Whether `at` is the first word of its sentence (after an opening quote or "The"). */
function opensSentence(ctx: Ctx, s: Sentence, at: number): boolean {
  return /^\s*["“‘']?(?:(?:The|A|An|This|That|Its|Their)\s+)?$/.test(ctx.text.slice(s.start, at));
}

export function findHeads(ctx: Ctx): Head[] {
  const t = agreementTable();
  headRe ??= phraseRegex(t.heads.concat(t.heads.map((h) => `${h}s`)));
  headRe.lastIndex = 0;
  const out: Head[] = [];
  for (const m of ctx.text.matchAll(headRe)) {
    const start = m.index ?? 0;
    const sentence = sentenceAt(ctx, start);
    if (!sentence) continue;
    // "Collective Security Treaty Organization": a document noun inside an organisation's name.
    const inOrg = ctx.mentions.some(
      (k) => k.kind === 'Organization' && k.start <= start && k.end >= start + m[0].length,
    );
    if (inOrg) continue;
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      sentence,
      // "Pact on trade lacks substance": a capital that only opens the sentence names nothing.
      capitalised: /^\p{Lu}/u.test(m[0]) && !opensSentence(ctx, sentence, start),
    });
  }
  return out;
}
