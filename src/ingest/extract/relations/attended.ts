// ATTENDED: a person at an event. Each pattern below has an id (the rule of
// the relation) and a reason; they read the event from the sentence (or the
// last one named before it) and the people from the coordinated groups
// around the trigger:
//   attended:attended-by    "EVENT was attended by X, Y" (also a vertical list after "attended by:")
//   attended:in-attendance  "ministers were in attendance, including X"
//   attended:verb           "X and Y attended / took part in / are attending EVENT"
//   attended:inverted       "Attending the summit were X and Y"
//   attended:acted-at       "X signed / made the announcement at EVENT"
//   attended:spoke-at       "…, stated by X at an event dedicated to …"
//   attended:host           "hosted by X", "X hosted EVENT", "under the chairmanship of X"
//   attended:represented-by "Russia was represented at the summit by X"
//   attended:alongside      "… attending the summit alongside X"
//   attended:at-event       "At the summit, X said …", "In his remarks at EVENT, X …"
//   attended:sidelines      "On the sidelines of the summit, X met Y": everyone named there
//   attended:joined-by      "X was joined at the summit by Y": both
//   attended:gathered       "The summit brought together X, Y and Z"
//   attended:included       "Participants in the summit included X and Y"
//   attended:list-header    "Leaders taking part in the summit:" then one person per line
//   attended:verb-final     "X and Y also took part." (the event named last before)
//   attended:in-city-for    "X, who is in Kazan for the BRICS summit, …", "X and Y gathered in Kazan for …"
//   attended:led-delegation "X led his country's delegation to the summit"
import type { Ctx } from '../context';
import type { Candidate, EntityMention, EventInfo, Sentence } from '../model';
import { candidate } from './candidate';
import { modality } from './clauses';
import { groupAfter, groupBefore, peopleIn } from './personGroups';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';
import type { RelationRule } from './relationRule';

// "was attended by", "…, attended by": the participle names the attendees after it.
const ATTENDED_BY = /\b(?:(?:is|was|were|are|being|been)\s+(?:also\s+)?|,\s*)attended\s+by\b/gi;
const INCLUDING =
  /^\s+(?:the\s+)?(?:leaders|heads|representatives|delegations|officials|ministers|dignitaries|guests)\b[^.;]{0,80}?\b(?:including|such\s+as|among\s+them)\s+/i;
// "attended by the presidents of Azerbaijan, Kazakhstan and Uzbekistan, X, Y and Z".
const PLURAL_TITLE = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}of\s+[^.;:]{2,160},\s*$/u;
// "attended by Chairman of the Cabinet of Ministers of Turkmenistan X": a long title only.
const TITLE_GAP = /^\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for)\s+)+$/u;
const WITH_IN_ATTENDANCE = /\bwith\s+(?=[^.;]{3,200}?\bin\s+attendance\b)/i;
const IN_ATTENDANCE = /\bin\s+attendance\b[^.;]*?\b(?:including|among them|such as)\b/i;
const AT_EVENT =
  /\bat\s+(?:(?:an?|the|this|that)\s+(?:[\p{L}\d'’-]+\s+){0,2}|the\s+(?:close|end|opening|start|closing\s+session|opening\s+session|margins|sidelines)\s+of\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’-]+\s+){0,2})$/iu;
// "From left: A, B and C during the summit", "(L-R) A, B …": everyone in a photo at the event.
const PHOTO_CAPTION =
  /\b(?:from\s+left(?:\s+to\s+right)?|\(\s*(?:L-R|l-r|from\s+left)\s*\))\s*[:,]?/i;
const PHOTO_AT = /\b(?:during|at)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
// The event opens its sentence as the subject ("The 17th summit …").
const SUBJECT_START = /^\s*(?:the\s+|an?\s+|this\s+)?(?:[\p{L}\d'’-]+\s+){0,2}$/iu;
const EVENT_BY =
  /^[^.;]{0,60}?\b(?:was|were|is|are|has\s+been|had\s+been|,)\s+(?:also\s+|jointly\s+)?(\p{Ll}[\p{Ll}-]*ed)\s+by\s+/u;
// Participles whose agent does not take part: "postponed by", "criticised by".
const NOT_TAKING_PART =
  /^(?:postponed|cancell?ed|critici[sz]ed|condemned|boycotted|welcomed|praised|followed|preceded|funded|sponsored|financed|reported|announced|covered|broadcast|streamed|described|called|termed|dubbed|overshadowed|marred|disrupted|delayed|interrupted|monitored|watched|approved|endorsed|rejected|adopted)$/i;
const WITH_PARTICIPATION =
  /\b(?:with|amid)\s+the\s+participation\s+of\s+(?:(?:their|his|her)\s+(?:excellencies|majesties|highnesses|excellency)\s*:?\s*)?/gi;
// "The summit was opened by X", "the session, chaired by X".
const OPENED_BY =
  /\b(?:opened|inaugurated|chaired|co-chaired|presided\s+over|addressed|closed)\s+by\s+/gi;
// "X, who chaired the session, said …".
const WHO_LED =
  /,\s*who\s+(?:also\s+)?(?:chaired|co-chaired|led|opened|hosted|addressed|presided\s+over|attended)\s+(?:the\s+)?$/i;
// "Attending the summit were X, Y and Z": the attendees follow the event.
const INVERTED =
  /(?:\b(?:attending|present\s+at|participating\s+in|taking\s+part\s+in)|^\s*(?:also\s+|among\s+those\s+)?at)\s+(?:the\s+)?$/i;
const INVERTED_VERB = /^\s*(?:were|was|are|is)\b/i;
// "X signed … at the summit": the subject acted at the event.
const ACTED_AT =
  /\b(?:signed|adopted|addressed|met|held|opened|chaired|co-chaired|inaugurated|made|announced|delivered|gave|unveiled|presented|represented)\b/i;
// "X led his country's delegation to the summit".
const LED_DELEGATION =
  /\b(?:led|headed)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,3}delegation\s+(?:to|at)\s+(?:the\s+|an?\s+)?(?:[\p{L}\d'’-]+\s+){0,2}$/iu;
const SPOKE = /\b(?:said|stated|noted|spoke|speaking|remarks|by)\b/i;
const HOSTED_BY = /\bhosted\b[^.;]{0,40}?\bby\s+/gi;
const HOST_VERB =
  /\b(?:hosted|hosts|chaired|chairs|convened|presided\s+over)\s+(?:the\s+|an?\s+)?$/i;
const CHAIRMANSHIP =
  /\bunder\s+the\s+(?:chairmanship|chairpersonship|presidency|leadership)\s+of\s+/gi;
const REPRESENTED_BY = /\brepresented\b[^.;]{0,60}?\bby\s+/gi;
const ALONGSIDE = /\b(?:alongside|together\s+with|along\s+with)\s+/gi;
// "At the summit, X said", "Speaking at the summit, X …", "At the plenary session of the summit, X …".
const AT_EVENT_LEAD =
  /^(?:(?:speaking|addressing\s+(?:the\s+)?[\p{L}-]+|at|during|in\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}at)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}(?:session|meeting)\s+of\s+(?:the\s+)?|(?:speaking\s+at|at|during|in\s+(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}at)\s+(?:the\s+|an?\s+)?)$/iu;

const SIDELINES = /\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\s+(?:the\s+|an?\s+)?$/i;
const JOINED_BY = /\bjoined\b[^.;]{0,40}?\bby\s+/gi;
const GATHERED =
  /^[^.;]{0,120}?\b(?:brought|brings|bring|bringing)\s+together\s+|^[^.;]{0,20}?\b(?:gathered|gathers|drew|welcomed|featured|saw|heard|involved|attracted|(?:was|were)\s+(?:graced|marked)\s+by|(?:opened|began|started|closed|ended)\s+with\s+(?:a\s+)?(?:speech|speeches|address|addresses|remarks)\s+(?:by|from))\s+/i;
// "Participants/Guests/Leaders attending the summit included X, Y": the list after the verb.
const INCLUDED =
  /\b(?:participants|attendees|guests|leaders|delegates|dignitaries|mourners|those|heads\s+of\s+(?:state|government)|presidents|ministers|officials)\b[^.;]{0,90}?\b(?:included|include|includes|were|are)\s+(?:among\s+others\s+)?/gi;
// Nouns that only exist at an event: "Guests included …" after the sentence naming it.
const EVENT_PEOPLE = /^(?:participants|attendees|guests|delegates|dignitaries|mourners)\b/i;
// "X, who is in Kazan for the summit", "X was in Tianjin for the SCO summit".
// "Leaders including X and Y gathered in Kazan on Tuesday for the BRICS summit".
const IN_CITY_FOR =
  /\b(?:(?:is|was|are|were|gathered|arrived|converged|met)\s+in|(?:flew|travelled|traveled|went|headed|came)\s+to)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+on\s+\p{Lu}\p{Ll}+(?:\s+\d{1,2})?)?\s+for\s+(?:the|an?|this|that)\s+$|\b(?:gathered|converged)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?for\s+(?:the|an?|this|that)\s+$/u;
// "X was among more than 50 heads of state at the inauguration".
const AMONG_AT = /\b(?:was|were)\s+among\s+[^.;]{0,60}?\s+at\s+(?:the|an?|this|that)\s+$/i;
const LIST_CUE =
  /\b(?:attend\w*|taking\s+part|took\s+part|participa\w*|present|guests|in\s+attendance)\b[^:]*:\s*$/i;
const AMONG_THEM =
  /^\s*(?:also\s+)?among\s+(?:them|those\s+(?:present|attending|taking\s+part)|the\s+(?:[\p{L}-]+\s+)?(?:participants|attendees|guests|leaders|dignitaries|mourners)(?:\s+(?:present|attending|in\s+attendance))?)\s+(?:were|was|are)\s+/iu;
const INLINE_LIST_CUE =
  /^\s*(?:(?:the\s+)?(?:participants|attendees|guests|participating\s+leaders)|(?:those\s+)?(?:attending|present|taking\s+part))\s*(?:(?:in|at|of)\s+[^:.;]{0,60})?:\s*(?=\S)/i;
// "… also took part.": the verb closes the clause, the event is the one named before.
const CLAUSE_END = /^\s*(?:as\s+well|too)?\s*(?:[.;]|$)/;
// "to attend", "will attend": a purpose or a plan, not attendance.
const NOT_DONE_BEFORE = /\b(?:to|will|would|not|n't|may|might|could|should|must|plans?\s+to)\s+$/i;
// "X arrived in Kazan on Tuesday to attend …", "X is in Baku to attend …": the arrival
// happened, so the purpose was carried out.
const ARRIVED_TO =
  /\b(?:arrived|arrives|has\s+arrived|have\s+arrived|landed|(?:is|are|was|were)\s+(?:now\s+)?in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\b[^.;]{0,80}?\bto\s+$/u;
const PLANNED = /\b(?:will|would|plans?|planned|expected|due|set|scheduled|to\s+be)\b/i;

interface AttendTable {
  attended: { verbs: string[] };
}

/** "X and Y attended / took part in / are attending EVENT" (data/rules/relations.json). */
let attendRe: RegExp | undefined;

/** The event mentioned last before `to`. */
function eventNear(ctx: Ctx, to: number): EventInfo | undefined {
  let best: EventInfo | undefined;
  let bestAt = -1;
  for (const ev of ctx.events) {
    for (const m of ev.mentions) {
      if (m.start < to && m.start > bestAt) {
        best = ev;
        bestAt = m.start;
      }
    }
  }
  return best;
}

/** The event named in the sentence nearest `at`, else the last one named before the sentence. */
function eventOf(ctx: Ctx, s: Sentence, at: number): EventInfo | undefined {
  let best: EventInfo | undefined;
  let bestD = Infinity;
  for (const ev of ctx.events)
    for (const m of ev.mentions) {
      if (m.start < s.start || m.start >= s.end) continue;
      const d = Math.abs(m.start - at);
      if (d < bestD) {
        best = ev;
        bestD = d;
      }
    }
  return best ?? eventNear(ctx, s.start);
}

// A line that only gives the title of the person on the line before.
const TITLE_LINE = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|for|and|to|in))*,?$/u;

/**
 * "attended by:" closing its line: the people of the following lines, each
 * line one item ("President of Iran X"), until a line names nobody.
 */
function verticalList(ctx: Ctx, s: Sentence): EntityMention[] {
  const out: EntityMention[] = [];
  for (let k = s.index + 1; k < ctx.sentences.length; k++) {
    const line = ctx.sentences[k];
    if (!line) break;
    // A list item is a name with its title, not a sentence of its own.
    const item = ctx.text.slice(line.start, line.end).trim();
    if (/[.!?]$/.test(item) && item.split(/\s+/).length > 8) break;
    // "Kenya: H.E. President A": the country label before the person.
    const label = /^\s*(?:the\s+)?\p{Lu}[^:\n]{0,60}:\s*/u.exec(
      ctx.text.slice(line.start, line.end),
    );
    const group = groupAfter(ctx, line, line.start + (label?.[0].length ?? 0), 60);
    if (!group.length) {
      // "Minister of Foreign Affairs of Bahrain": the title line of the item named above.
      if (out.length && TITLE_LINE.test(item)) continue;
      break;
    }
    out.push(...group);
  }
  return out;
}

export const attended: RelationRule = {
  id: 'attended:event',
  reason:
    'A person named as attending, hosting, representing at or acting at an event named in the text.',
  apply(ctx: Ctx): Candidate[] {
    attendRe ??= phraseRegex(ruleTable<AttendTable>('relations').attended.verbs, 'giu');
    const out: Candidate[] = [];
    const add = (
      people: readonly EntityMention[],
      ev: EventInfo | undefined,
      anchor: number,
      rule: string,
      why: string,
    ): void => {
      if (!ev) return;
      for (const x of people)
        out.push(
          candidate(
            ctx,
            {
              type: 'ATTENDED',
              from: x.id,
              to: ev.id,
              anchor,
              dating: ev.date ? 'fixed' : 'event',
              rule,
              reason: why,
              confidence: 0.8,
            },
            ev.date ? { date: ev.date, ...(ev.dateEnd ? { dateEnd: ev.dateEnd } : {}) } : {},
          ),
        );
    };
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      // The people listed from `from` on attended the event named nearest `at`.
      const addAfter = (
        from: number,
        maxGap: number,
        at: number,
        rule: string,
        why: string,
      ): void => add(groupAfter(ctx, s, from, maxGap), eventOf(ctx, s, at), at, rule, why);
      for (const by of text.matchAll(ATTENDED_BY)) {
        const p = s.start + (by.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        const end = p + by[0].length;
        // "attended by:", "attended by the following Heads of State:" closing the line.
        const vertical = /^(?:\s+the\s+following\b[^.;:]{0,80})?\s*:?\s*$/.test(
          ctx.text.slice(end, s.end),
        );
        const first = peopleIn(ctx, end, s.end)[0];
        const gapTo = (x: EntityMention | undefined): string =>
          x ? ctx.text.slice(end, x.start) : '';
        const titled = !!first && PLURAL_TITLE.test(ctx.text.slice(end, first.start));
        // "attended by leaders from 12 countries, including A and B": the names after "including".
        const including = INCLUDING.exec(ctx.text.slice(end, s.end));
        const people = vertical
          ? verticalList(ctx, s)
          : including
            ? groupAfter(ctx, s, end + including[0].length, 20)
            : groupAfter(ctx, s, end, titled ? 200 : TITLE_GAP.test(gapTo(first)) ? 90 : 20);
        add(people, eventOf(ctx, s, p), p, 'attended:attended-by', '"attended by"');
      }
      if (LIST_CUE.test(text) && !ATTENDED_BY.test(text) && !modality(ctx, s, s.start, 8)) {
        ATTENDED_BY.lastIndex = 0;
        add(
          verticalList(ctx, s),
          eventOf(ctx, s, s.start),
          s.start,
          'attended:list-header',
          'list after an attendance header',
        );
      }
      ATTENDED_BY.lastIndex = 0;
      // "Participants: A (Azerbaijan), B (Belarus)": the list in the same sentence.
      const inline = INLINE_LIST_CUE.exec(text);
      if (inline && !modality(ctx, s, s.start, 8)) {
        const q = s.start + inline.index + inline[0].length;
        addAfter(q, 30, q, 'attended:list-header', 'list after an attendance header');
      }
      // "… opened with X, Y and Z in attendance".
      const withAtt = WITH_IN_ATTENDANCE.exec(text);
      if (withAtt) {
        const p = s.start + withAtt.index;
        addAfter(p + 4, 20, p, 'attended:in-attendance', '"with X in attendance"');
      }
      const att = IN_ATTENDANCE.exec(text);
      if (att) {
        const p = s.start + att.index;
        add(
          groupAfter(ctx, s, p + att[0].length, 40),
          eventNear(ctx, p),
          p,
          'attended:in-attendance',
          '"in attendance, including"',
        );
      }
      for (const verb of text.matchAll(attendRe)) {
        const p = s.start + (verb.index ?? 0);
        const closes = CLAUSE_END.test(ctx.text.slice(p + verb[0].length, s.end));
        const evHere =
          ctx.events.find((ev) =>
            ev.mentions.some((m) => m.start >= p && m.start < s.end && m.start - p < 40),
          ) ?? (closes ? eventNear(ctx, s.start) : undefined);
        if (!evHere || modality(ctx, s, p, 5)) continue;
        if (NOT_DONE_BEFORE.test(ctx.text.slice(Math.max(s.start, p - 20), p))) {
          const arrival = ARRIVED_TO.exec(ctx.text.slice(Math.max(s.start, p - 140), p));
          if (!arrival || PLANNED.test(arrival[0])) continue;
        }
        const rule = closes ? 'attended:verb-final' : 'attended:verb';
        add(groupBefore(ctx, s, p), evHere, p, rule, `"${verb[0]}"`);
        // "The heads of state took part in the meeting: A, B and C": the list after the colon.
        const evEnd = Math.max(
          ...evHere.mentions.filter((m) => m.start >= p && m.start < s.end).map((m) => m.end),
          0,
        );
        const colon = evEnd ? /^[^.;:]{0,40}?:\s*/.exec(ctx.text.slice(evEnd, s.end)) : null;
        if (colon)
          add(
            groupAfter(ctx, s, evEnd + colon[0].length, 60),
            evHere,
            p,
            'attended:colon-list',
            `"${verb[0]} EVENT:" then a list`,
          );
        // "… attending the summit, seated alongside X".
        for (const al of ctx.text.slice(p, s.end).matchAll(ALONGSIDE)) {
          const q = p + (al.index ?? 0) + al[0].length;
          add(groupAfter(ctx, s, q, 5), evHere, q, 'attended:alongside', `"${al[0].trim()}"`);
        }
      }
      for (const inc of text.matchAll(INCLUDED)) {
        const p = s.start + (inc.index ?? 0);
        const q = p + inc[0].length;
        const ev = eventOf(ctx, s, p);
        // "Participants in the summit included …", "Among the summit attendees were …".
        const inside = ev?.mentions.some(
          (m) => m.start >= Math.max(s.start, p - 30) && m.start < q,
        );
        // "The funeral took place on Saturday. Mourners included …": the event named just before.
        const prev = ctx.sentences[s.index - 1];
        const before =
          !inside && EVENT_PEOPLE.test(inc[0]) && prev
            ? ctx.events.find((e) =>
                e.mentions.some((m) => m.start >= prev.start && m.start < s.start),
              )
            : undefined;
        if ((!inside && !before) || modality(ctx, s, p, 4)) continue;
        add(
          groupAfter(ctx, s, q, 30),
          inside ? ev : before,
          p,
          'attended:included',
          `"${inc[0].trim()}"`,
        );
      }
      // "Among them were A and B": the attendees of the event the sentence before named.
      const among = AMONG_THEM.exec(text);
      if (among && !modality(ctx, s, s.start + among.index, 4)) {
        const prev = ctx.sentences[s.index - 1];
        const ev = prev ? eventOf(ctx, prev, prev.start) : undefined;
        const named = ev?.mentions.some((m) => prev && m.start >= prev.start && m.start < prev.end);
        if (named)
          add(
            groupAfter(ctx, s, s.start + among.index + among[0].length, 20),
            ev,
            s.start + among.index,
            'attended:included',
            `"${among[0].trim()}"`,
          );
      }
      for (const j of text.matchAll(JOINED_BY)) {
        const p = s.start + (j.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        const ev = eventOf(ctx, s, p);
        const inside = ev?.mentions.some((m) => m.start > p && m.start < p + j[0].length);
        if (!inside) continue;
        const who = [
          ...groupBefore(ctx, s, p).slice(-1),
          ...groupAfter(ctx, s, p + j[0].length, 5),
        ];
        add(who, ev, p, 'attended:joined-by', '"was joined at EVENT by"');
      }
      for (const h of text.matchAll(HOSTED_BY)) {
        const p = s.start + (h.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        add(
          groupAfter(ctx, s, p + h[0].length, 5).slice(0, 1),
          eventOf(ctx, s, p),
          p,
          'attended:host',
          '"hosted by"',
        );
      }
      for (const c of text.matchAll(CHAIRMANSHIP)) {
        const p = s.start + (c.index ?? 0);
        add(
          groupAfter(ctx, s, p + c[0].length, 5).slice(0, 1),
          eventOf(ctx, s, p),
          p,
          'attended:host',
          `"${c[0].trim()}"`,
        );
      }
      // "… held in Dushanbe with the participation of A, B and C".
      for (const w of text.matchAll(WITH_PARTICIPATION)) {
        const p = s.start + (w.index ?? 0);
        if (!modality(ctx, s, p, 6))
          addAfter(p + w[0].length, 60, p, 'attended:participation', '"with the participation of"');
      }
      for (const o of text.matchAll(OPENED_BY)) {
        const p = s.start + (o.index ?? 0);
        if (!modality(ctx, s, p, 4))
          addAfter(p + o[0].length, 5, p, 'attended:opened-by', `"${o[0].trim()}"`);
      }
      if (PHOTO_CAPTION.test(text))
        for (const ev of ctx.events)
          for (const m of ev.mentions)
            if (
              m.start >= s.start &&
              m.start < s.end &&
              PHOTO_AT.test(ctx.text.slice(Math.max(s.start, m.start - 60), m.start))
            )
              add(
                peopleIn(ctx, s.start, m.start),
                ev,
                m.start,
                'attended:photo',
                'in a photo taken at the event',
              );
      for (const r of text.matchAll(REPRESENTED_BY)) {
        const p = s.start + (r.index ?? 0);
        if (modality(ctx, s, p, 4)) continue;
        addAfter(p + r[0].length, 5, p, 'attended:represented-by', '"represented … by"');
      }
      for (const ev of ctx.events) {
        for (const m of ev.mentions) {
          if (m.start < s.start || m.start >= s.end) continue;
          const lead = ctx.text.slice(s.start, m.start);
          const inv = INVERTED_VERB.exec(ctx.text.slice(m.end, s.end));
          if (INVERTED.test(lead) && inv)
            add(
              groupAfter(ctx, s, m.end + inv[0].length, 20),
              ev,
              m.start,
              'attended:inverted',
              '"attending EVENT were X"',
            );
          if (AT_EVENT.test(lead) && ACTED_AT.test(lead) && !modality(ctx, s, m.start, 8))
            add(
              groupBefore(ctx, s, m.start),
              ev,
              m.start,
              'attended:acted-at',
              'acted at the event',
            );
          const among = AMONG_AT.exec(lead);
          if (among && !modality(ctx, s, s.start + among.index, 6))
            add(
              groupBefore(ctx, s, s.start + among.index),
              ev,
              m.start,
              'attended:among-at',
              '"was among … at EVENT"',
            );
          if (IN_CITY_FOR.test(lead) && !modality(ctx, s, m.start, 10))
            add(
              groupBefore(ctx, s, m.start),
              ev,
              m.start,
              'attended:in-city-for',
              '"is in CITY for EVENT"',
            );
          // "X is scheduled to hold meetings with A and B on the sidelines of …": a plan.
          if (SIDELINES.test(lead) && !modality(ctx, s, m.start, 20))
            add(
              peopleIn(ctx, s.start, s.end),
              ev,
              m.start,
              'attended:sidelines',
              'met on the sidelines of the event',
            );
          // "The summit was co-chaired by A and B", "The forum, organised by A, …": the event is
          // the subject and the people after a participle's "by" took part in it.
          const byPart = EVENT_BY.exec(ctx.text.slice(m.end, s.end));
          if (
            byPart &&
            SUBJECT_START.test(lead) &&
            !NOT_TAKING_PART.test(byPart[1] ?? '') &&
            !modality(ctx, s, m.start, 6)
          )
            add(
              groupAfter(ctx, s, m.end + byPart[0].length, 30),
              ev,
              m.start,
              'attended:event-by',
              `"${byPart[0].trim().split(/\s+/).slice(-2).join(' ')}" after the event`,
            );
          const gathered = GATHERED.exec(ctx.text.slice(m.end, s.end));
          if (gathered)
            add(
              groupAfter(ctx, s, m.end + gathered[0].length, 40),
              ev,
              m.start,
              'attended:gathered',
              `"${gathered[0].trim()}"`,
            );
          if (WHO_LED.test(lead))
            add(
              groupBefore(ctx, s, m.start - (WHO_LED.exec(lead)?.[0].length ?? 0)).slice(-1),
              ev,
              m.start,
              'attended:who-led',
              '"X, who chaired the EVENT"',
            );
          if (LED_DELEGATION.test(lead) && !modality(ctx, s, m.start, 8))
            add(
              groupBefore(ctx, s, m.start).slice(-1),
              ev,
              m.start,
              'attended:led-delegation',
              'led a delegation to the event',
            );
          if (HOST_VERB.test(lead) && !modality(ctx, s, m.start, 6))
            add(
              groupBefore(ctx, s, m.start).slice(-1),
              ev,
              m.start,
              'attended:host',
              'hosted the event',
            );
          // "… by X, at an event dedicated to …"
          if (AT_EVENT.test(lead) && SPOKE.test(lead)) {
            const who = groupBefore(ctx, s, m.start).at(-1);
            if (who) add([who], ev, m.start, 'attended:spoke-at', 'speaking at the event');
          }
          // "At the summit, X said …": the subject right after the opening phrase.
          if (AT_EVENT_LEAD.test(lead)) {
            const comma = /^[^,.;]{0,40},\s*/.exec(ctx.text.slice(m.end, s.end));
            if (comma) {
              const who = peopleIn(ctx, m.end + comma[0].length, s.end)[0];
              const gap = who ? ctx.text.slice(m.end + comma[0].length, who.start) : '';
              if (who && gap.length < 30 && !/[,;]/.test(gap))
                add([who], ev, m.start, 'attended:at-event', 'named right after "at EVENT,"');
            }
          }
        }
      }
    }
    return out;
  },
};
