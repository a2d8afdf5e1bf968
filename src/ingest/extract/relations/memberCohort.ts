// MEMBER_OF that the text implies rather than states with a status verb:
// "As fellow members of the Commonwealth, Ghana and Kenya …" (the countries
// after the phrase), "a summit of the CSTO member states, attended by A, B
// and C" (each attending leader's country belongs to the organisation whose
// member states meet), "X has no plans to leave the EAEU" (only a
// member can quit). Attendance comes from the rules run before this one.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Candidate, EntityMention, Sentence } from '../model';
import { candidate } from './candidate';
import { hasPairPhrase, pairFor } from './clauses';
import { countriesFrom } from './countryLists';
import { countryOf } from './personGroups';
import type { RelationRule } from './relationRule';
import { isMembershipBody } from './signatures';

// "As fellow members of", "as founding members of", "being a member of".
const AS_MEMBERS =
  /\b(?:as|being)\s+(?:an?\s+|the\s+)?(?:(?:fellow|founding|full|two|both)\s+)*members?\s+(?:states?\s+)?of\s+(?:the\s+)?$/i;
// "the CSTO member states", "leaders of the member states of the SCO".
const MEMBER_STATES =
  /^\s*(?:\([^()]{1,12}\)\s*)?(?:['’]s\s+)?member[\s-](?:states|nations|countries)\b/i;
const MEMBER_STATES_OF = /\bmember[\s-](?:states|nations|countries)\s+of\s+(?:the\s+)?$/i;
// Guests attend as well as members: then an attendee's country says nothing.
const GUESTS =
  /\b(?:observers?|guests?|invited|invitees?|dialogue\s+partners?|partner\s+(?:states|countries|nations)|outreach|plus\s+format)\b/i;
// Someone from outside the body: its meetings are not members-only.
const OUTSIDERS =
  /\b(?:non-members?|special\s+guests?|as\s+a\s+guest|chief\s+guest|guest\s+of\s+honou?r|attended\s+as|visiting\s+(?:president|leader|prime\s+minister))\b/i;
// "SCO Plus", "BRICS+": an outreach format that invites non-members.
const PLUS_FORMAT = /\b\p{Lu}{2,}\s*(?:Plus|\+)(?![\p{L}\p{N}])/u;
const OWN_MEETING = /^(?:summit|session|meeting|council|conference)$/;
const MEMBER_ROLES = new Set(['leader', 'minister']);
// "has no plans to leave the EAEU", "threatened to quit the bloc": a member's thought of leaving.
const LEAVING =
  /\b(?:quit|quitting|leave|leaving|withdraw\s+from|withdrawing\s+from|pull\s+out\s+of|pulling\s+out\s+of|exit|exiting)\s+(?:[\p{L}-]+,?\s+){0,3}(?:including\s+)?(?:the\s+)?$/iu;
const NOT_YET_GONE =
  /\b(?:not|never|no\s+plans?|considering|consider|threaten(?:ed|s)?|could|may|might|would|mulls?|mulling|weigh(?:s|ing)?)\b/i;

function membershipOrgs(ctx: Ctx, from: number, to: number): EntityMention[] {
  return mentionsIn(ctx, from, to, ['Organization']).filter((o) => isMembershipBody(ctx, o.id));
}

/** "As fellow members of ORG, A and B …": the countries (or the pair) right after the phrase. */
function asMembers(ctx: Ctx, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const o of membershipOrgs(ctx, s.start, s.end)) {
    if (!AS_MEMBERS.test(ctx.text.slice(s.start, o.start))) continue;
    const comma = /^[^,;]{0,40}?,\s*/.exec(ctx.text.slice(o.end, s.end));
    if (!comma) continue;
    const at = o.end + comma[0].length;
    let members: string[] = countriesFrom(ctx, s, at).map((m) => m.id);
    if (!members.length && hasPairPhrase(ctx.text.slice(at, Math.min(s.end, at + 20))))
      members = pairFor(ctx, s.index);
    for (const id of members)
      out.push(
        candidate(
          ctx,
          {
            type: 'MEMBER_OF',
            from: id,
            to: o.id,
            anchor: at,
            rule: 'member-of:as-members',
            reason: `"as members of ${o.text}" before the countries`,
            confidence: 0.8,
          },
          { status: 'member' },
        ),
      );
  }
  return out;
}

/** The organisations whose member states a sentence says meet ("Presidents of the OTS member states gathered …"). */
function meetingOrgs(ctx: Ctx, s: Sentence): EntityMention[] {
  return membershipOrgs(ctx, s.start, s.end).filter(
    (o) =>
      MEMBER_STATES.test(ctx.text.slice(o.end, o.end + 30)) ||
      MEMBER_STATES_OF.test(ctx.text.slice(Math.max(s.start, o.start - 30), o.start)),
  );
}

/** Each leader attending a meeting of ORG's member states is from a member. */
function attendingMembers(ctx: Ctx, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const events = ctx.mentions.filter((m) => m.kind === 'Event');
  for (const s of ctx.sentences) {
    const orgs = meetingOrgs(ctx, s);
    if (!orgs.length || GUESTS.test(ctx.text.slice(s.start, s.end))) continue;
    // The event the member states meet at: one named in this sentence.
    const here = new Set(
      events.filter((e) => e.start >= s.start && e.end <= s.end).map((e) => e.id),
    );
    const attendance = found.filter((c) => c.type === 'ATTENDED' && here.has(c.to));
    const guests = attendance.some((c) => {
      const at = ctx.sentences[c.sentence];
      return !!at && GUESTS.test(ctx.text.slice(at.start, at.end));
    });
    if (guests) continue;
    for (const c of attendance) {
      const country = countryOf(ctx, c.from);
      if (!country) continue;
      for (const o of orgs)
        out.push(
          candidate(
            ctx,
            {
              type: 'MEMBER_OF',
              from: country,
              to: o.id,
              anchor: c.anchor,
              rule: 'member-of:member-states-meeting',
              reason: `attended the meeting of ${o.text}'s member states`,
              confidence: 0.7,
            },
            { status: 'member' },
          ),
        );
    }
  }
  return out;
}

/**
 * A summit or session held by a membership body, where no guest, observer or
 * partner is mentioned anywhere in the article: the leaders and ministers who
 * attend it speak for members ("the 68th session of the ECOWAS Authority,
 * attended by A of Benin, B of Ghana").
 */
function attendingOwnMeeting(ctx: Ctx, found: readonly Candidate[]): Candidate[] {
  if (GUESTS.test(ctx.text) || OUTSIDERS.test(ctx.text) || PLUS_FORMAT.test(ctx.text)) return [];
  const out: Candidate[] = [];
  for (const ev of ctx.events) {
    if (!ev.owner || !isMembershipBody(ctx, ev.owner) || !OWN_MEETING.test(ev.noun)) continue;
    for (const c of found) {
      if (c.type !== 'ATTENDED' || c.to !== ev.id) continue;
      const role = ctx.roles.find((r) => r.person === c.from && r.holder && !r.former);
      const country = countryOf(ctx, c.from);
      if (!country || !role || !MEMBER_ROLES.has(role.roleClass)) continue;
      // "Azerbaijan, a dialogue partner of the SCO": a status stated elsewhere wins.
      if (found.some((f) => f.type === 'MEMBER_OF' && f.from === country && f.to === ev.owner))
        continue;
      out.push(
        candidate(
          ctx,
          {
            type: 'MEMBER_OF',
            from: country,
            to: ev.owner,
            anchor: c.anchor,
            rule: 'member-of:own-meeting',
            reason: `attended ${ev.name}, held by ${ev.owner}`,
            confidence: 0.65,
          },
          { status: 'member' },
        ),
      );
    }
  }
  return out;
}

/** "Belarus has no plans to leave the EAEU": only a member can leave. */
function notLeaving(ctx: Ctx, s: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const o of membershipOrgs(ctx, s.start, s.end)) {
    const before = ctx.text.slice(s.start, o.start);
    const leave = LEAVING.exec(before);
    if (!leave) continue;
    const clause = before.slice(0, leave.index);
    if (!NOT_YET_GONE.test(clause.slice(-50))) continue;
    const subject = mentionsIn(ctx, s.start, s.start + leave.index, ['Country']).at(-1);
    if (!subject) continue;
    out.push(
      candidate(
        ctx,
        {
          type: 'MEMBER_OF',
          from: subject.id,
          to: o.id,
          anchor: subject.start,
          rule: 'member-of:not-leaving',
          reason: `"${leave[0].trim()}" ${o.text}: a member thinking of leaving`,
          confidence: 0.7,
        },
        { status: 'member' },
      ),
    );
  }
  return out;
}

export const memberCohort: RelationRule = {
  id: 'member-of:cohort',
  reason:
    'Membership implied by "as members of ORG, A and B", by attending a meeting of the member states, or by not leaving.',
  apply(ctx: Ctx, found: readonly Candidate[]): Candidate[] {
    return [
      ...ctx.sentences.flatMap((s) => [...asMembers(ctx, s), ...notLeaving(ctx, s)]),
      ...attendingMembers(ctx, found),
      ...attendingOwnMeeting(ctx, found),
    ];
  },
};
