// ATTENDED: a person at an event — "X attended EVENT", "EVENT is attended by
// X and Y", "ministers are in attendance, including X", "stated by X at
// an event dedicated to …".
import type { Ctx } from '../context';
import type { Candidate, EventInfo } from '../model';
import { candidate } from './candidate';
import { modality } from './clauses';
import { groupAfter, groupBefore } from './personGroups';
import type { RelationRule } from './relationRule';

const ATTENDED_BY = /\b(?:is|was|were|are|being)\s+attended\s+by\b/i;
const IN_ATTENDANCE = /\bin\s+attendance\b[^.;]*?\b(?:including|among them|such as)\b/i;
const ATTEND_VERB =
  /\b(?:attended|took\s+part\s+in|participated\s+in|was\s+present\s+at|were\s+present\s+at)\b/i;
const AT_EVENT = /\bat\s+(?:an?|the)\s+$/i;
// "Attending the summit were X, Y and Z": the attendees follow the event.
const INVERTED =
  /\b(?:attending|present\s+at|participating\s+in|taking\s+part\s+in)\s+(?:the\s+)?$/i;
const INVERTED_VERB = /^\s*(?:were|was)\b/i;
// "X signed … at the summit": the subject acted at the event.
const ACTED_AT = /\b(?:signed|adopted|addressed|met|held|opened|chaired|co-chaired|inaugurated)\b/i;

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

export const attended: RelationRule = {
  id: 'attended:event',
  reason: 'A person named as attending, or being present at, an event named in the text.',
  apply(ctx: Ctx): Candidate[] {
    const out: Candidate[] = [];
    const add = (person: string, ev: EventInfo, anchor: number, why: string): void => {
      out.push(
        candidate(
          ctx,
          {
            type: 'ATTENDED',
            from: person,
            to: ev.id,
            anchor,
            dating: ev.date ? 'fixed' : 'event',
            rule: 'attended:event',
            reason: why,
            confidence: 0.8,
          },
          ev.date ? { date: ev.date } : {},
        ),
      );
    };
    for (const s of ctx.sentences) {
      const text = ctx.text.slice(s.start, s.end);
      const by = ATTENDED_BY.exec(text);
      if (by) {
        const p = s.start + by.index;
        const ev = eventNear(ctx, p);
        if (ev && !modality(ctx, s, p, 4))
          for (const x of groupAfter(ctx, s, p + by[0].length, 20))
            add(x.id, ev, p, '"attended by"');
      }
      const att = IN_ATTENDANCE.exec(text);
      if (att) {
        const p = s.start + att.index;
        const ev = eventNear(ctx, p);
        if (ev)
          for (const x of groupAfter(ctx, s, s.start + att.index + att[0].length, 40))
            add(x.id, ev, p, '"in attendance, including"');
      }
      const verb = ATTEND_VERB.exec(text);
      if (verb) {
        const p = s.start + verb.index;
        const evHere = ctx.events.find((ev) =>
          ev.mentions.some((m) => m.start >= p && m.start < s.end && m.start - p < 40),
        );
        if (evHere && !modality(ctx, s, p, 5))
          for (const x of groupBefore(ctx, s, p)) add(x.id, evHere, p, `"${verb[0]}"`);
      }
      for (const ev of ctx.events) {
        for (const m of ev.mentions) {
          if (m.start < s.start || m.start >= s.end) continue;
          const lead = ctx.text.slice(s.start, m.start);
          const inv = INVERTED_VERB.exec(ctx.text.slice(m.end, s.end));
          if (INVERTED.test(lead) && inv)
            for (const x of groupAfter(ctx, s, m.end + inv[0].length, 20))
              add(x.id, ev, m.start, '"attending EVENT were X"');
          if (AT_EVENT.test(lead) && ACTED_AT.test(lead) && !modality(ctx, s, m.start, 8))
            for (const x of groupBefore(ctx, s, m.start))
              add(x.id, ev, m.start, 'acted at the event');
        }
      }
      // "… by X, at an event dedicated to …"
      for (const ev of ctx.events) {
        for (const m of ev.mentions) {
          if (
            m.start < s.start ||
            m.start >= s.end ||
            !AT_EVENT.test(ctx.text.slice(s.start, m.start))
          )
            continue;
          const who = groupBefore(ctx, s, m.start).at(-1);
          if (
            who &&
            /\b(?:said|stated|noted|spoke|speaking|remarks|by)\b/i.test(
              ctx.text.slice(s.start, m.start),
            )
          )
            add(who.id, ev, m.start, 'speaking at the event');
        }
      }
    }
    return out;
  },
};
