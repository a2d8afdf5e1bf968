// Agreements named or clearly identified in the text, in three steps: the
// document nouns (findHeads), the name around each (nameBoundaries), what the
// mention is — a name, a described document, a reference, or nothing that
// identifies a document (classifyMention) — then one entity per document
// (groupMentions).
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { AgreementMention } from '../model';
import { classifyMention } from './classifyMention';
import { findHeads } from './findHeads';
import type { FoundMention } from './groupMentions';
import { groupMentions } from './groupMentions';
import { nameSpan } from './nameBoundaries';

const PAIR_TAIL =
  /\s+between\s+(?:the\s+two|both|our\s+two|our)\s+(?:countries|states|nations|sides)$/i;

/** Finds agreement names; returns them and adds Agreement mentions to ctx. */
export function findAgreements(ctx: Ctx): AgreementMention[] {
  const found: FoundMention[] = [];
  let coveredUntil = -1;
  for (const h of findHeads(ctx)) {
    if (h.start < coveredUntil) continue;
    const span = nameSpan(ctx, h);
    const use = classifyMention(ctx, h, span);
    if (use.use === 'none') {
      ctx.decide({
        rule: use.rule,
        start: h.start,
        end: h.end,
        text: h.text,
        action: 'skip',
        reason: use.reason,
      });
      continue;
    }
    const pair = PAIR_TAIL.test(use.span.name);
    // Countries its name makes parties: not a capital that places it ("the Lisbon Charter",
    // "the Washington Treaty") nor a country it is against ("a statement on sanctions against X").
    const parties = mentionsIn(ctx, use.span.start, use.span.end, ['Country'])
      .filter(
        (c) =>
          c.form !== 'capital' &&
          !/\bagainst\s+(?:the\s+)?$/i.test(ctx.text.slice(use.span.start, c.start)),
      )
      .map((c) => c.id);
    found.push({
      name: use.span.name.replace(PAIR_TAIL, ''),
      start: use.span.start,
      end: use.span.end,
      parties: [...new Set(parties)],
      pair,
      ref: use.use === 'reference',
      ...(use.use === 'reference' && use.signedHere ? { signedHere: true } : {}),
      ...(use.use === 'described' && use.bare ? { bare: true } : {}),
      rule: use.rule,
    });
    coveredUntil = use.span.end;
  }
  return groupMentions(ctx, found);
}
