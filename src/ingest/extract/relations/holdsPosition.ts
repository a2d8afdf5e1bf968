// HOLDS_POSITION and ACCREDITED_TO from the role facts found with people.
import type { Ctx } from '../context';
import type { Candidate } from '../model';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import { candidate } from './candidate';
import { holderLinks } from './holderLinks';
import type { RelationRule } from './relationRule';

interface RelTable {
  office: { verbs: string[] };
}

let officeRe: RegExp | undefined;

export const holdsPosition: RelationRule = {
  id: 'holds-position:role',
  reason:
    'A title tied to a country or organisation ("Chinese Ambassador", "President of Kazakhstan") is a position held; an institution\'s role is also held for the country or union it belongs to.',
  apply(ctx: Ctx): Candidate[] {
    officeRe ??= phraseRegex(ruleTable<RelTable>('relations').office.verbs, 'iu');
    const out: Candidate[] = [];
    const links = holderLinks();
    for (const f of ctx.roles) {
      if (f.former) continue;
      const sentence = ctx.sentences[f.sentence];
      // A change of office dated in the sentence ("took office on Monday") dates the role.
      let office = sentence ? officeRe.exec(ctx.text.slice(sentence.start, sentence.end)) : null;
      officeRe.lastIndex = 0;
      // Only the person right before the office verb changed office ("since Milei took office").
      if (office && sentence) {
        const at = sentence.start + office.index;
        const own = ctx.mentions.some(
          (m) => m.kind === 'Person' && m.id === f.person && m.end <= at && at - m.end < 40,
        );
        if (!own) office = null;
      }
      const dating = office ? 'event' : 'state';
      const anchor = office && sentence ? sentence.start + office.index : f.start;
      if (f.holder) {
        const holders = [f.holder];
        const up = links.get(f.holder);
        if (up && !holders.includes(up)) holders.push(up);
        for (const h of holders) {
          out.push(
            candidate(
              ctx,
              {
                type: 'HOLDS_POSITION',
                from: f.person,
                to: h,
                anchor,
                dating,
                rule: f.rule,
                reason: `role "${f.role}" of ${h}`,
                confidence: 0.9,
              },
              { role: f.role },
            ),
          );
        }
      }
      if (f.accreditedTo && f.accreditedTo !== f.holder) {
        out.push(
          candidate(
            ctx,
            {
              type: 'ACCREDITED_TO',
              from: f.person,
              to: f.accreditedTo,
              anchor: f.start,
              // Accredited on presenting credentials: the ceremony's day, when the sentence gives it.
              dating: f.accreditedAtCeremony ? 'event' : 'state',
              rule: f.rule,
              reason: `"${f.role} to ${f.accreditedTo}"`,
              confidence: 0.9,
            },
            { role: f.role },
          ),
        );
      }
    }
    return out;
  },
};
