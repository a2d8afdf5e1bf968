// MEMBER_OF from enumerations of a grouping's members:
//   member-of:enumeration  "the Quad — Australia, India, Japan and the US",
//                          "BRICS (Brazil, Russia, India, China, South Africa)",
//                          "the bloc of Brazil, Russia, India and China"
//   member-of:org-members  "NATO members Poland and Hungary", "fellow EU members A
//                          and B", "A and B, both ASEAN members", "Member states of
//                          the OTS are A, B and C"
// A grouping's own name followed by three or more coordinated countries names
// its members; with a word saying so ("members", "bloc of"), two are enough.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Candidate, EntityMention } from '../model';
import { candidate } from './candidate';
import { countriesFrom, countriesUntil } from './countryLists';
import { modality } from './clauses';
import type { RelationRule } from './relationRule';

// Between a grouping's name and its list: a dash, a colon, an opening bracket, or "of" after a group noun.
const LIST_OPENER =
  /^(?:\s*[—–:(]\s*|\s+-\s+|\s*,\s*(?:which\s+)?(?:groups|grouping|comprising|consisting\s+of|made\s+up\s+of|bringing\s+together|brings\s+together|which\s+includes|including)\s+|\s+(?:group|grouping|bloc|alliance|club|format|trio|quartet)\s+of\s+)(?:the\s+)?$/i;
const STATUS_WORD: Record<string, string> = {
  member: 'member',
  observer: 'observer',
  partner: 'dialogue partner',
  'dialogue partner': 'dialogue partner',
  candidate: 'candidate',
  'associate member': 'associate member',
};
const STATUS_LIST =
  /^\s*(member|observer|dialogue\s+partner|partner|candidate|associate\s+member)\s+(?:states|countries|nations)\s+(?:include|includes|included|are|were|comprise)\s+(?:the\s+)?/i;
const NEXT_STATUS_LIST =
  /^\s*,?\s*(?:while|whereas|and)\s+(?:the\s+|its\s+)?(member|observer|dialogue\s+partner|partner|candidate|associate\s+member)s?\s+(?:states|countries|nations)?\s*(?:include|includes|are|were|comprise)\s+(?:the\s+)?/i;
const MEMBERS_OF =
  /\b(?:member\s+(?:states|countries|nations)|members|founding\s+members)\s+of\s+(?:the\s+)?$/i;
const MEMBERS_AFTER = /^\s*,\s*(?:both|all)\s+(?:fellow\s+)?$/i;
const MEMBER_WORD = /^\s*(?:member\s+(?:states|countries|nations)|members|allies)\b/i;

export const memberList: RelationRule = {
  id: 'member-of:enumeration',
  reason:
    "A grouping's name followed by the coordinated countries that make it up, or a grouping's members named with the word 'members'.",
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const add = (
      members: readonly EntityMention[],
      org: EntityMention,
      rule: string,
      why: string,
      status = 'member',
    ): void => {
      for (const m of members)
        out.push(
          candidate(
            ctx,
            {
              type: 'MEMBER_OF',
              from: m.id,
              to: org.id,
              anchor: org.start,
              dating: 'state',
              rule,
              reason: why,
              confidence: 0.8,
            },
            { status },
          ),
        );
    };
    for (const s of ctx.sentences) {
      for (const org of mentionsIn(ctx, s.start, s.end, ['Organization'])) {
        if (modality(ctx, s, org.start, 4)) continue;
        // "Gulf Cooperation Council (GCC) — A, B …": the bracketed acronym is the same name.
        if (/\(\s*$/.test(ctx.text.slice(s.start, org.start))) continue;
        const acronym = /^\s*\([^()]{1,15}\)/.exec(ctx.text.slice(org.end, s.end));
        const restStart = org.end + (acronym?.[0].length ?? 0);
        const rest = ctx.text.slice(restStart, Math.min(s.end, restStart + 60));
        // "NATO members Poland and Hungary".
        // "NATO members Poland and Hungary", "ASEAN's ten member states — A, B, …".
        const noun =
          /^(?:['’]s)?\s*(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty[a-z-]*|thirty[a-z-]*)[\s-]+)?(?:fellow\s+)?(?:member\s+(?:states|countries|nations)|members|allies)(?:\s*[—–:]\s*|\s+)(?:the\s+)?/i.exec(
            rest,
          );
        if (noun) {
          // "EU member states, including France and Germany": examples of the members.
          const such =
            /^\s*,?\s*(?:including|such\s+as|like|notably|among\s+them)\s+(?:the\s+)?/i.exec(
              ctx.text.slice(restStart + noun[0].length, s.end),
            );
          const members = countriesFrom(
            ctx,
            s,
            restStart + noun[0].length + (such?.[0].length ?? 0),
          );
          if (members.length)
            add(members, org, 'member-of:org-members', `"${org.text}${noun[0].trimEnd()}"`);
          continue;
        }
        // "Member states of the OTS are A, B and C".
        const lead = ctx.text.slice(Math.max(s.start, org.start - 40), org.start);
        const copula = /^\s*(?:are|were|include|includes|included|comprise)\s+(?:the\s+)?/i.exec(
          rest,
        );
        if (copula && MEMBERS_OF.test(lead)) {
          const members = countriesFrom(ctx, s, restStart + copula[0].length);
          if (members.length)
            add(
              members,
              org,
              'member-of:org-members',
              `"members of ${org.text} ${copula[0].trim()}"`,
            );
          continue;
        }
        // "The SCO observer countries include A and B, while the partner countries are C and D".
        const statusList = STATUS_LIST.exec(rest);
        if (statusList) {
          let from = restStart + statusList[0].length;
          let status = STATUS_WORD[(statusList[1] ?? '').toLowerCase()] ?? 'member';
          for (let round = 0; round < 3; round++) {
            const members = countriesFrom(ctx, s, from);
            const last = members.at(-1);
            if (!last) break;
            add(members, org, 'member-of:status-list', `"${org.text} ${status} countries"`, status);
            const next = NEXT_STATUS_LIST.exec(ctx.text.slice(last.end, s.end));
            if (!next) break;
            from = last.end + next[0].length;
            status = STATUS_WORD[(next[1] ?? '').toLowerCase()] ?? 'member';
          }
          continue;
        }
        // "ASEAN countries such as Vietnam and Thailand", "Other SCO states, including Kazakhstan".
        const examples =
          /^\s*(?:member\s+)?(?:countries|states|nations)\s*,?\s*(?:such\s+as|including|like|notably|among\s+them)\s+(?:the\s+)?/i.exec(
            rest,
          );
        if (examples) {
          const members = countriesFrom(ctx, s, restStart + examples[0].length);
          if (members.length)
            add(members, org, 'member-of:org-members', `"${org.text} countries such as"`);
          continue;
        }
        // "As a member of the OIC, Azerbaijan …", "As OTS members, Turkey and Hungary …".
        const asMember =
          /\bas\s+(?:an?\s+)?(?:(?:founding|full|fellow|permanent|associate)\s+)?(?:member|members)\s+(?:of|in)\s+(?:the\s+)?$/i.test(
            ctx.text.slice(Math.max(s.start, org.start - 40), org.start),
          )
            ? /^\s*,\s*(?:the\s+)?/.exec(rest)
            : /\bas\s+(?:fellow\s+)?$/i.test(
                  ctx.text.slice(Math.max(s.start, org.start - 12), org.start),
                )
              ? /^\s*(?:member\s+(?:states|countries|nations)|members)\s*,\s*(?:the\s+)?/i.exec(
                  rest,
                )
              : null;
        if (asMember) {
          const members = countriesFrom(ctx, s, restStart + asMember[0].length);
          if (members.length)
            add(members, org, 'member-of:org-members', `"as ${org.text} member(s)"`);
          continue;
        }
        // "Among BRICS members, China and India …".
        const among = /\bamong\s+(?:the\s+)?(?:fellow\s+)?$/i.test(
          ctx.text.slice(Math.max(s.start, org.start - 20), org.start),
        );
        const amongRest =
          /^\s*(?:member\s+(?:states|countries|nations)|members)\s*,\s*(?:the\s+)?/i.exec(rest);
        if (among && amongRest) {
          const members = countriesFrom(ctx, s, restStart + amongRest[0].length);
          if (members.length)
            add(members, org, 'member-of:org-members', `"among ${org.text} members"`);
          continue;
        }
        // "Greece is an EU and NATO member": the subject before the copula.
        const copular =
          /\b(?:is|are|was|were|remains|remain)\s+(?:(?:both|also|still|now|a|an|the|fellow|founding|full)\s+)*(?:\p{Lu}[\p{L}-]*\s*(?:,|and)\s+)*$/u.exec(
            ctx.text.slice(Math.max(s.start, org.start - 60), org.start),
          );
        const memberAfter =
          /^(?:\s*(?:,|and)\s+\p{Lu}[\p{L}-]*)*\s+(?:member(?:\s+(?:state|country|nation))?s?)\b/u.test(
            rest,
          );
        if (copular && memberAfter) {
          const verbAt =
            org.start -
            (ctx.text.slice(Math.max(s.start, org.start - 60), org.start).length - copular.index);
          const members = countriesUntil(ctx, s, verbAt - 1);
          if (members.length)
            add(members, org, 'member-of:org-members', `"${copular[0].trim()} ${org.text} member"`);
          continue;
        }
        // "A and B, both ASEAN members".
        const before = ctx.text.slice(Math.max(s.start, org.start - 20), org.start);
        // "Azerbaijan's membership in the NAM", "Kazakhstan's accession to the WTO in 2015".
        const poss =
          /['’]s?\s+(?:full\s+)?(membership|accession)\s+(?:in|of|to)\s+(?:the\s+)?$/i.exec(
            ctx.text.slice(Math.max(s.start, org.start - 40), org.start),
          );
        if (poss) {
          const at =
            org.start -
            (ctx.text.slice(Math.max(s.start, org.start - 40), org.start).length - poss.index);
          const member = mentionsIn(ctx, s.start, at + 1, ['Country'])
            .filter((m) => m.end >= at - 1)
            .at(-1);
          if (member && !modality(ctx, s, at, 4)) {
            const accession = /accession/i.test(poss[1] ?? '');
            const own = ctx.dates.find(
              (d) =>
                d.start >= org.end &&
                d.start - org.end < 12 &&
                /^\s*(?:in|on)\s+$/i.test(ctx.text.slice(org.end, d.start)),
            );
            out.push(
              candidate(
                ctx,
                {
                  type: 'MEMBER_OF',
                  from: member.id,
                  to: org.id,
                  anchor: at,
                  dating: own ? 'fixed' : accession ? 'event' : 'state',
                  rule: 'member-of:possessive',
                  reason: `"${member.text}'s ${poss[1] ?? ''}"`,
                  confidence: 0.8,
                },
                { status: 'member', ...(own ? { date: own.value } : {}) },
              ),
            );
          }
          continue;
        }
        // "Turkey, a NATO member, …": one country in apposition.
        const appos = /,\s*(?:a|an)\s+(?:fellow\s+|founding\s+)?$/i.exec(before);
        if (appos && /^\s*member(?:\s+(?:state|country|nation))?\b/i.test(rest)) {
          const member = countriesUntil(ctx, s, org.start - appos[0].length).at(-1);
          if (member)
            add([member], org, 'member-of:org-members', `"${appos[0].trim()} ${org.text} member"`);
          continue;
        }
        // "A, B, C and D make up the Quad".
        const makeUp =
          /\b(?:make|makes|made)\s+up\s+(?:the\s+)?$|\b(?:form|constitute)\s+(?:the\s+)?$/i.exec(
            ctx.text.slice(Math.max(s.start, org.start - 30), org.start),
          );
        if (makeUp) {
          const verbAt =
            org.start -
            (ctx.text.slice(Math.max(s.start, org.start - 30), org.start).length - makeUp.index);
          const members = countriesUntil(ctx, s, verbAt - 1);
          if (members.length >= 2)
            add(
              members,
              org,
              'member-of:enumeration',
              `countries that "${makeUp[0].trim()}" ${org.text}`,
            );
          continue;
        }
        const both = /,\s*(?:both|all)\s+(?:fellow\s+)?$/i.exec(before);
        if (both && MEMBERS_AFTER.test(both[0]) && MEMBER_WORD.test(rest)) {
          const members = countriesUntil(ctx, s, org.start - both[0].length);
          if (members.length >= 2)
            add(members, org, 'member-of:org-members', `"${both[0].trim()} ${org.text} members"`);
          continue;
        }
        // "the Quad — A, B, C and D", "BRICS (A, B, …)", "the bloc of A, B and C".
        const opener =
          /^(?:\s*[—–:(]\s*|\s+-\s+|\s*,\s*(?:which\s+)?[\p{L}\s]+?\s+|\s+[\p{L}]+\s+of\s+)(?:the\s+)?/iu.exec(
            rest,
          );
        if (!opener || !LIST_OPENER.test(opener[0])) continue;
        const members = countriesFrom(ctx, s, restStart + opener[0].length);
        const explicit = !/^\s*[—–:(-]/.test(opener[0]);
        if (members.length >= (explicit ? 2 : 3))
          add(
            members,
            org,
            'member-of:enumeration',
            `"${org.text}${opener[0].trimEnd()}" + ${members.length} countries`,
          );
      }
    }
    return out;
  },
};
