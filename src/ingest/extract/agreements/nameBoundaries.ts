// Where an agreement's name starts and ends around its head: premodifiers and
// proper words before it ("Lisbon", "Joint Economic"), continuation words after
// it up to the first boundary (a verb, a date, a new clause). "with <person>"
// and date phrases inside the name are skipped: "a memorandum with X on water"
// is "memorandum on water".
import type { Ctx } from '../context';
import type { Token } from '../tokens';
import { agreementTable } from './agreementTable';
import type { Head } from './findHeads';

export interface NameSpan {
  start: number;
  end: number;
  name: string;
}

function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < offset) i++;
  return i;
}

/** Premodifiers and proper words before the head, within its sentence. */
function leftEdge(ctx: Ctx, h: Head): number {
  const t = agreementTable();
  const premods = new Set(t.premodifiers);
  const plain = new Set(t.plainAdjectives);
  const T = ctx.tokens;
  let i = tokenAtOrAfter(T, h.start) - 1;
  let start = h.start;
  while (i >= 0) {
    const tok = T[i];
    if (!tok || tok.start < h.sentence.start || tok.punct) break;
    const prev = T[i - 1];
    const sentenceInitial = !prev || prev.start < h.sentence.start || prev.punct;
    const proper =
      tok.cap &&
      !sentenceInitial &&
      !plain.has(tok.lower) &&
      !['The', 'A', 'An'].includes(tok.text);
    // "100-year", "10-year": a duration names the kind of document.
    const duration = /^\d+-(?:year|years|point)$/.test(tok.lower);
    if (premods.has(tok.lower) || proper || duration) {
      start = tok.start;
      i--;
      continue;
    }
    break;
  }
  // "signed a reciprocal access agreement": up to three plain lowercase words between
  // an article and the head describe the document.
  if (start === h.start) {
    const before = ctx.text.slice(Math.max(h.sentence.start, h.start - 50), h.start);
    const described = /\b(?:a|an)\s+((?:[a-z][a-z-]*\s+){1,3})$/.exec(before);
    const words = described?.[1]?.trim().split(/\s+/) ?? [];
    if (described && words.every((w) => !describesNothing(w)))
      start = h.start - (described[1]?.length ?? 0);
  }
  return start;
}

// A verb form or an adverb describes no document ("signed", "growing", "newly").
const NOT_A_DESCRIPTION = /(?:ed|ing|ly)$/;

let notDescribing: ReadonlySet<string> | undefined;
/** Words that only qualify a document (data/rules/agreements.json), never name it. */
function describesNothing(word: string): boolean {
  const t = agreementTable();
  notDescribing ??= new Set([...t.plainAdjectives, ...t.vagueWords, ...t.notDescribing]);
  return notDescribing.has(word) || NOT_A_DESCRIPTION.test(word);
}

const NOT_VERB = new Set([
  'the',
  'a',
  'an',
  'be',
  'this',
  'that',
  'these',
  'its',
  'their',
  'his',
  'her',
  'our',
  'all',
  'both',
  'which',
  'whom',
]);

/** "to step up …", "to implement …": a purpose infinitive continues a document's name. */
function purposeAt(tok: Token | undefined, purpose: ReadonlySet<string>): boolean {
  if (!tok || tok.punct || tok.cap) return false;
  return purpose.has(tok.lower) || (/^\p{Ll}+$/u.test(tok.text) && !NOT_VERB.has(tok.lower));
}

/** Continuation words after the head until a boundary; the spans skipped inside. */
function rightEdge(ctx: Ctx, h: Head): { end: number; skips: [number, number][] } {
  const t = agreementTable();
  const premods = new Set(t.premodifiers);
  const continuers = new Set(t.continuers);
  const boundaries = new Set(t.boundaries);
  const purpose = new Set(t.purposeVerbs);
  // The first word of each document head ("protocol", "memorandum", "joint").
  const headWords = new Set(
    t.heads.map((x) => x.split(' ')[0]?.toLowerCase() ?? '').filter((w) => w !== 'joint'),
  );
  const T = ctx.tokens;
  const { sentence } = h;
  const he = h.end;
  let j = tokenAtOrAfter(T, he);
  let end = he;
  let steps = 0;
  const skips: [number, number][] = [];
  // Where a purpose infinitive began, so a purpose cut short can be taken back.
  let beforePurpose: number | undefined;
  while (j < T.length && steps < 30) {
    const tok = T[j];
    if (!tok || tok.start >= sentence.end) break;
    // "Treaty of Friendship, Cooperation and Good-Neighbourly Relations": a list of
    // capitalised words inside a title-case name goes on past its commas.
    const nextTok = T[j + 1];
    if (
      tok.text === ',' &&
      end > he &&
      T[j - 1]?.cap &&
      nextTok?.cap &&
      nextTok.start < sentence.end &&
      !ctx.mentions.some((m) => m.start === nextTok.start)
    ) {
      j++;
      steps++;
      continue;
    }
    if (tok.punct && !/^[-–]$/.test(tok.text)) {
      // "a memorandum to boost cooperation in agriculture, tourism and health": a purpose
      // cut inside a list names nothing; the document is the plain "memorandum".
      if (beforePurpose !== undefined && tok.text === ',') end = beforePurpose;
      break;
    }
    const date = ctx.dates.find(
      (d) => d.start === tok.start || (tok.lower === 'on' && d.start === T[j + 1]?.start),
    );
    if (date) {
      // A date inside ("a trade agreement on Friday to expand …") is skipped when the name goes on.
      const k = tokenAtOrAfter(T, date.end);
      if (
        end === he &&
        ['to', 'on', 'for'].includes(T[k]?.lower ?? '') &&
        (T[k]?.start ?? 0) < sentence.end
      ) {
        skips.push([tok.start, T[k]?.start ?? date.end]);
        j = k;
        steps++;
        continue;
      }
      break;
    }
    // "the agreement on peace … in Washington": a lowercase document's place ends its name
    // (a title-case name keeps it: "Treaty on a Nuclear-Weapon-Free Zone in Central Asia").
    if (
      (tok.lower === 'in' || tok.lower === 'at') &&
      !/^\p{Lu}/u.test(ctx.text.slice(h.start, h.start + 1)) &&
      ctx.mentions.some((m) => m.location && m.start === T[j + 1]?.start)
    )
      break;
    // "signed the agreement on behalf of Bolivia": who signed, not what it is about.
    if (tok.lower === 'on' && T[j + 1]?.lower === 'behalf') break;
    if (tok.lower === 'with') {
      // "a memorandum of understanding with <person> on …": skip the person.
      const person = ctx.mentions.find(
        (p) =>
          p.kind === 'Person' &&
          p.start > tok.start &&
          p.start - tok.start < 120 &&
          p.start < sentence.end,
      );
      if (person) {
        const k = tokenAtOrAfter(T, person.end);
        if (['on', 'for', 'regarding', 'concerning'].includes(T[k]?.lower ?? '')) {
          skips.push([tok.start, T[k]?.start ?? person.end]);
          j = k;
          continue;
        }
      }
      break;
    }
    if (tok.lower === 'and') {
      const next = T[j + 1];
      // "the Lima Declaration and other agreements", "… and the WTO rules": something else.
      if (/^(?:other|the|several|various|many|all|some|related|its|their)$/.test(next?.lower ?? ''))
        break;
      // "an MoU to enhance port logistics and facilitate …": a second purpose ends the name.
      if (beforePurpose !== undefined && next && purpose.has(next.lower)) break;
      // "an agreement on X and a protocol amending …": a second document starts.
      let k = j + 1;
      if (/^(?:a|an|the)$/.test(T[k]?.lower ?? '')) k++;
      // "… and an intergovernmental agreement": describing words before the second head.
      for (let n = 0; n < 3 && T[k] && !headWords.has(T[k]?.lower ?? ''); n++)
        if (/^\p{Ll}[\p{Ll}-]*$/u.test(T[k]?.text ?? '') && !boundaries.has(T[k]?.lower ?? '')) k++;
        else break;
      if (headWords.has(T[k]?.lower ?? '')) break;
      if (
        !next ||
        boundaries.has(next.lower) ||
        (/ed$/.test(next.lower) &&
          !premods.has(next.lower) &&
          !['related', 'enhanced', 'advanced', 'united', 'elevated'].includes(next.lower))
      )
        break;
    }
    if (tok.lower === 'to' && end === he && purposeAt(T[j + 1], purpose)) beforePurpose = end;
    if (
      boundaries.has(tok.lower) &&
      !(tok.lower === 'to' && end === he && purposeAt(T[j + 1], purpose))
    ) {
      if (!(tok.lower === 'to' && end > he)) break;
      // "related to", "the level of …": "to" continues only after a started complement.
      if (
        !['related', 'relating', 'level'].includes(T[j - 1]?.lower ?? '') &&
        !/^(?:the|a|an)$/.test(T[j + 1]?.lower ?? '')
      )
        break;
    }
    if (end === he && !continuers.has(tok.lower) && !(tok.lower === 'to')) break;
    end = tok.end;
    j++;
    steps++;
  }
  return { end, skips };
}

/** The name around a head, with trailing function words dropped. */
export function nameSpan(ctx: Ctx, h: Head): NameSpan {
  const start = leftEdge(ctx, h);
  const { end, skips } = rightEdge(ctx, h);
  let name = '';
  let at = start;
  for (const [a, b] of skips) {
    name += `${ctx.text.slice(at, a)} `;
    at = b;
  }
  name = `${name}${ctx.text.slice(at, end)}`.replace(/\s+/g, ' ').trim();
  name = name.replace(/(?:\s+(?:and|of|on|for|the|a|an|to|in|with|between|regarding))+$/i, '');
  const last = name.split(' ').at(-1) ?? '';
  const nameEnd = start + ctx.text.slice(start).indexOf(last) + last.length;
  return { start, end: Math.max(h.end, Math.min(end, nameEnd)), name };
}
