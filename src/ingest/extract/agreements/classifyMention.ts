// What a document noun in the text is: the name of an agreement ("the Shusha
// Declaration", "a memorandum of understanding on water management"), a
// described new one ("signed a ten-year defence deal"), a reference back to
// the latest one ("the treaty"), or nothing identifiable ("agreements", "a
// roadmap", "documents", a planned deal). Only named and described documents
// become Agreement entities; references join one found before.
import type { Ctx } from '../context';
import { inQuote, mentionsIn } from '../context';
import { phraseRegex } from '../words';
import { agreementTable } from './agreementTable';
import type { Head } from './findHeads';
import type { NameSpan } from './nameBoundaries';
import { nameWords } from './nameWords';

export type AgreementUse =
  | {
      use: 'named' | 'described';
      span: NameSpan;
      rule: string;
      reason: string;
      /** Only its document noun names it ("signed a memorandum of understanding"). */
      bare?: boolean;
    }
  | {
      use: 'reference';
      span: NameSpan;
      rule: string;
      reason: string;
      /** "X and Y signed the treaty": the document signed here when nothing was named before. */
      signedHere: boolean;
    }
  | { use: 'none'; rule: string; reason: string };

let describedRe: RegExp | undefined;
let signRe: RegExp | undefined;
let unrealisedBeforeRe: RegExp | undefined;
let unrealisedAfterRe: RegExp | undefined;

/** Words that identify nothing by themselves: document nouns, generic and evaluative adjectives, numbers. */
function identifyingWords(name: string): string[] {
  const t = agreementTable();
  const generic = new Set([...t.genericOnly, ...t.plainAdjectives, ...t.vagueWords]);
  return [...nameWords(name)].filter((w) => !generic.has(w) && !/^\d+$/.test(w));
}

/**
 * "A planned agreement on … was not signed", "plan to sign a free trade
 * agreement": a document that does not exist yet.
 */
function unrealised(ctx: Ctx, h: Head, start: number, end: number): boolean {
  const t = agreementTable();
  unrealisedBeforeRe ??= new RegExp(
    `\\b(?:${t.unrealisedBefore.join('|')})\\s+(?:\\S+\\s+){0,2}$`,
    'i',
  );
  unrealisedAfterRe ??= new RegExp(`^[^.;]{0,40}?\\b(?:${t.unrealisedAfter.join('|')})\\b`, 'i');
  const before = ctx.text.slice(Math.max(h.sentence.start, start - 60), start);
  // "will sign a …", "plan to sign the …": the signing has not happened.
  const plannedSigning = PLANNED_SIGNING.test(before);
  return (
    plannedSigning ||
    unrealisedBeforeRe.test(before) ||
    unrealisedAfterRe.test(ctx.text.slice(end, h.sentence.end))
  );
}

const PLANNED_SIGNING =
  /\b(?:will|would|shall|to)\s+(?:\w+\s+){0,2}(?:sign|ink|conclude|adopt|signing\s+of|conclusion\s+of)\s+(?:an?|the|their)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;
const PLURAL_HEAD = /(?:s|ies|Us)$/;
const PREDICATE =
  /\b(?:is|was|are|were|becomes|became|remains|remained)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** Heads that one party can issue alone: only "joint" or a name of their own makes them agreements. */
const ONE_SIDED = /^(?:statement|communiqu[eé])$/i;

export function classifyMention(ctx: Ctx, h: Head, span: NameSpan): AgreementUse {
  const t = agreementTable();
  const extended = span.start < h.start;
  const headWord = h.text.toLowerCase();
  const plural =
    PLURAL_HEAD.test(h.text) && t.heads.some((x) => `${x.toLowerCase()}s` === headWord);
  // "agreements", "MoUs", "documents on trade": a plural without a proper name is no document.
  if (plural && !extended)
    return {
      use: 'none',
      rule: 'agreement:generic',
      reason: 'plural document noun without a name',
    };
  // "the Lima Accord is the key document of the talks": a predicate that
  // describes the document named as subject, not another one.
  if (
    !h.capitalised &&
    PREDICATE.test(ctx.text.slice(Math.max(h.sentence.start, h.start - 50), h.start))
  )
    return {
      use: 'none',
      rule: 'agreement:predicate',
      reason: 'describes the subject after a copula',
    };
  // "the first such agreement in 70 years": a kind of document, not one.
  if (
    /\bsuch\s+(?:an?\s+)?$/i.test(ctx.text.slice(Math.max(h.sentence.start, h.start - 9), h.start))
  )
    return { use: 'none', rule: 'agreement:generic', reason: '"such" names a kind of document' };
  // "Mercosur agreements": a plural named only by who makes them is no document.
  if (plural) {
    const names = new Set(
      mentionsIn(ctx, span.start, span.end, ['Country', 'Organization']).flatMap((m) => [
        ...nameWords(m.text),
      ]),
    );
    if (identifyingWords(span.name).every((w) => names.has(w)))
      return {
        use: 'none',
        rule: 'agreement:generic',
        reason: 'plural document noun named only by its parties',
      };
  }
  let identifying = identifyingWords(span.name);
  // "a NATO statement", "the Kremlin's statement": one side's statement is no agreement.
  if (ONE_SIDED.test(h.text) && !/\bjoint\b/i.test(span.name)) {
    const sides = new Set(
      mentionsIn(ctx, span.start, span.end, ['Country', 'Organization'], true).flatMap((m) => [
        ...nameWords(m.text),
      ]),
    );
    identifying = identifying.filter((w) => !sides.has(w));
  }
  const proper = h.capitalised && identifying.length > 0;
  if (!identifying.length) {
    const before = ctx.text.slice(h.sentence.start, h.start);
    // "signed a deal", "inked a memorandum of understanding": the document signed here.
    describedRe ??= new RegExp(
      `\\b(?:${t.describedAfter.join('|')})\\s+(?:an?)\\s+((?:[\\p{Ll}\\d-]+\\s+){0,3})$`,
      'iu',
    );
    const d = describedRe.exec(before);
    if (d && !unrealised(ctx, h, h.start, span.end) && !inQuote(ctx, h.start)) {
      const start = h.start - (d[1] ?? '').length;
      return {
        use: 'described',
        span: { start, end: span.end, name: ctx.text.slice(start, span.end).replace(/\s+/g, ' ') },
        rule: 'agreement:signed-unnamed',
        reason: 'unnamed document signed in the text',
        bare: true,
      };
    }
    // "the pipeline agreement", "this document": the latest agreement.
    const r = /\b(?:the|this|that)\s+((?:[\p{Ll}\d-]+\s+){0,2})$/iu.exec(before);
    if (r && !/^(?:same|first|second|new|other|next)\s/i.test(r[1] ?? '')) {
      const start = h.start - (r[1] ?? '').length;
      signRe ??= phraseRegex(t.describedAfter, 'iu');
      const clause = before.slice(Math.max(0, before.length - 40));
      return {
        use: 'reference',
        span: { start, end: h.end, name: `${r[1] ?? ''}${h.text}` },
        rule: 'agreement:reference',
        reason: 'definite document noun: the latest agreement',
        signedHere: signRe.test(clause) && !unrealised(ctx, h, start, h.end),
      };
    }
    return {
      use: 'none',
      rule: 'agreement:generic',
      reason: 'document noun that identifies no document',
    };
  }
  // In a quotation, only a proper name is taken: "a trade agreement for all of our neighbours …".
  if (inQuote(ctx, h.start) && !proper)
    return { use: 'none', rule: 'agreement:quoted', reason: 'unnamed document in a quotation' };
  if (unrealised(ctx, h, span.start, span.end))
    return { use: 'none', rule: 'agreement:unrealised', reason: 'planned or not signed' };
  const described = !proper && !h.capitalised;
  return {
    use: described ? 'described' : 'named',
    span,
    rule: described ? 'agreement:described' : 'agreement:name',
    reason: described ? `identified by "${identifying.join(' ')}"` : 'named document',
  };
}
