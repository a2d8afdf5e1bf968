// Agreements named or clearly identified in the text: a document noun
// ("Joint Statement", "memorandum of understanding", "Declaration") with the
// words that belong to its name before and after it. The name ends at the
// first boundary (a verb, a date, a new clause): "a Joint Statement on
// establishing a comprehensive strategic partnership and reached …" stops
// before "and reached". "with <person>" inside is skipped; a bare "the
// agreement" is a reference, not a new agreement.
import type { Ctx } from './context';
import { addMentions, mentionsIn, sentenceAt } from './context';
import type { AgreementMention, EntityMention } from './model';
import { ruleTable } from './ruleTable';
import { slug } from './slug';
import type { Token } from './tokens';
import { phraseRegex } from './words';

interface AgreementTable {
  heads: string[];
  genericOnly: string[];
  premodifiers: string[];
  continuers: string[];
  boundaries: string[];
  plainAdjectives: string[];
  describedAfter: string[];
  unrealisedBefore: string[];
  unrealisedAfter: string[];
}

interface Found {
  name: string;
  start: number;
  end: number;
  parties: string[];
  pair: boolean;
  /** "the pipeline agreement": a reference to the latest agreement, not a new one. */
  ref?: boolean;
}

let describedRe: RegExp | undefined;
let unrealisedBeforeRe: RegExp | undefined;
let unrealisedAfterRe: RegExp | undefined;

/**
 * A document noun without a name: "signed a deal" / "signed an expanded
 * ceasefire agreement" describes a new agreement (named by its words); "the
 * pipeline agreement", "the document" refers back to the latest one.
 */
function unnamedUse(
  ctx: Ctx,
  sentence: { start: number; end: number },
  hs: number,
  he: number,
): Found | undefined {
  const t = table();
  describedRe ??= new RegExp(
    `\\b(?:${t.describedAfter.join('|')})\\s+(?:an?)\\s+((?:[\\p{Ll}-]+\\s+){0,3})$`,
    'iu',
  );
  const before = ctx.text.slice(sentence.start, hs);
  const head = ctx.text.slice(hs, he);
  const d = describedRe.exec(before);
  if (d) {
    const start = hs - (d[1] ?? '').length;
    return { name: ctx.text.slice(start, he), start, end: he, parties: [], pair: false };
  }
  const r = /\b(?:the|this)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/iu.exec(before);
  if (r && !/^(?:same|first|second|new|other|next)\s/i.test(r[1] ?? '')) {
    const start = hs - (r[1] ?? '').length;
    return { name: `${r[1] ?? ''}${head}`, start, end: he, parties: [], pair: false, ref: true };
  }
  return undefined;
}

/** "A planned agreement on … was not signed": a document that does not exist yet. */
function unrealised(
  ctx: Ctx,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): boolean {
  const t = table();
  unrealisedBeforeRe ??= new RegExp(
    `\\b(?:${t.unrealisedBefore.join('|')})\\s+(?:\\S+\\s+){0,2}$`,
    'i',
  );
  unrealisedAfterRe ??= new RegExp(`^[^.;]{0,40}?\\b(?:${t.unrealisedAfter.join('|')})\\b`, 'i');
  return (
    unrealisedBeforeRe.test(ctx.text.slice(Math.max(sentence.start, start - 60), start)) ||
    unrealisedAfterRe.test(ctx.text.slice(end, sentence.end))
  );
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'on',
  'and',
  'between',
  'to',
  'for',
  'in',
  'with',
  'establishing',
  'establishment',
  'republic',
  'people',
  's',
  'its',
  'their',
]);
const PAIR_TAIL =
  /\s+between\s+(?:the\s+two|both|our\s+two|our)\s+(?:countries|states|nations|sides)$/i;

let headRe: RegExp | undefined;

function table(): AgreementTable {
  return ruleTable<AgreementTable>('agreements');
}

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOP.has(w)),
  );

/** Content-word Jaccard, as the annotation guide matches agreement names. */
export function nameOverlap(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n);
}

function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let i = 0;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < offset) i++;
  return i;
}

/** Finds agreement names; returns them and adds Agreement mentions to ctx. */
export function findAgreements(ctx: Ctx): AgreementMention[] {
  const t = table();
  headRe ??= phraseRegex(t.heads.map((h) => `${h}`).concat(t.heads.map((h) => `${h}s`)));
  const premods = new Set(t.premodifiers);
  const plain = new Set(t.plainAdjectives);
  const continuers = new Set(t.continuers);
  const boundaries = new Set(t.boundaries);
  const generic = new Set(t.genericOnly);
  const T = ctx.tokens;
  const found: Found[] = [];
  let coveredUntil = -1;
  headRe.lastIndex = 0;
  for (const m of ctx.text.matchAll(headRe)) {
    const hs = m.index ?? 0;
    const he = hs + m[0].length;
    if (hs < coveredUntil) continue;
    const sentence = sentenceAt(ctx, hs);
    if (!sentence) continue;
    const headCap = /^\p{Lu}/u.test(m[0]);
    // Left: premodifiers and proper words ("Lisbon", "Helsinki", "Joint Economic").
    let i = tokenAtOrAfter(T, hs) - 1;
    let start = hs;
    while (i >= 0) {
      const tok = T[i];
      if (!tok || tok.start < sentence.start || tok.punct) break;
      const prev = T[i - 1];
      const sentenceInitial = !prev || prev.start < sentence.start || prev.punct;
      if (
        premods.has(tok.lower) ||
        (tok.cap &&
          !sentenceInitial &&
          !plain.has(tok.lower) &&
          !['The', 'A', 'An'].includes(tok.text))
      ) {
        start = tok.start;
        i--;
        continue;
      }
      break;
    }
    // Right: continuation words until a boundary.
    let j = tokenAtOrAfter(T, he);
    let end = he;
    let steps = 0;
    const skips: [number, number][] = [];
    while (j < T.length && steps < 30) {
      const tok = T[j];
      if (!tok || tok.start >= sentence.end) break;
      if (tok.punct && !/^[-–]$/.test(tok.text)) break;
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
        if (
          !next ||
          boundaries.has(next.lower) ||
          (/ed$/.test(next.lower) &&
            !premods.has(next.lower) &&
            !['related', 'enhanced', 'advanced', 'united', 'elevated'].includes(next.lower))
        )
          break;
      }
      if (
        boundaries.has(tok.lower) &&
        !(
          tok.lower === 'to' &&
          end === he &&
          /^(?:enhance|establish|strengthen|elevate|upgrade|promote|develop|deepen|expand)/.test(
            T[j + 1]?.lower ?? '',
          )
        )
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
    let name = '';
    let at = start;
    for (const [a, b] of skips) {
      name += `${ctx.text.slice(at, a)} `;
      at = b;
    }
    name = `${name}${ctx.text.slice(at, end)}`.replace(/\s+/g, ' ').trim();
    // Trailing function words are not part of a name.
    name = name.replace(/(?:\s+(?:and|of|on|for|the|a|an|to|in|with|between|regarding))+$/i, '');
    const pair = PAIR_TAIL.test(name);
    name = name.replace(PAIR_TAIL, '');
    const headWord = m[0].toLowerCase();
    if (
      !headCap &&
      start === hs &&
      /s$/.test(headWord) &&
      (generic.has(headWord.split(' ').at(-1) ?? '') ||
        generic.has((headWord.split(' ').at(-1) ?? '').replace(/s$/, '')))
    ) {
      ctx.decide({
        rule: 'agreement:generic',
        start: hs,
        end: he,
        text: m[0],
        action: 'skip',
        reason: 'plural document noun without a name',
      });
      continue;
    }
    const content = [...words(name)];
    const allGeneric = content.every((w) => generic.has(w) || /^\d/.test(w));
    if (allGeneric && !(headCap && start < hs)) {
      const use =
        start === hs && !/s$/.test(headWord) ? unnamedUse(ctx, sentence, hs, he) : undefined;
      if (use && !unrealised(ctx, sentence, use.start, use.end)) {
        found.push(use);
        coveredUntil = he;
        ctx.decide({
          rule: use.ref ? 'agreement:reference' : 'agreement:described',
          start: use.start,
          end: use.end,
          text: use.name,
          action: use.ref ? 'coref' : 'entity',
          reason: use.ref
            ? 'definite document noun: the latest agreement'
            : 'unnamed document signed in the text',
        });
        continue;
      }
      ctx.decide({
        rule: 'agreement:generic',
        start: hs,
        end: he,
        text: m[0],
        action: 'skip',
        reason: 'document noun without a name',
      });
      continue;
    }
    const nameEnd =
      start +
      ctx.text.slice(start).indexOf(name.split(' ').at(-1) ?? '') +
      (name.split(' ').at(-1)?.length ?? 0);
    const stop = Math.max(he, Math.min(end, nameEnd));
    if (unrealised(ctx, sentence, start, stop)) {
      ctx.decide({
        rule: 'agreement:unrealised',
        start,
        end: stop,
        text: name,
        action: 'skip',
        reason: 'planned or not signed',
      });
      coveredUntil = stop;
      continue;
    }
    const parties = mentionsIn(ctx, start, stop, ['Country']).map((c) => c.id);
    found.push({ name, start, end: stop, parties: [...new Set(parties)], pair });
    coveredUntil = stop;
  }
  // One entity per document: a later, shorter mention whose words are contained in an earlier name is the same.
  const groups: { id: string; name: string; members: typeof found }[] = [];
  for (const f of found) {
    if (f.ref) {
      // A reference joins the latest agreement before it, within a few sentences.
      const at = sentenceAt(ctx, f.start)?.index ?? 0;
      const latest = groups
        .filter((g) => g.members.some((x) => !x.ref && x.start < f.start))
        .sort(
          (a, b) =>
            Math.max(...b.members.map((x) => x.start)) - Math.max(...a.members.map((x) => x.start)),
        )[0];
      const last = latest?.members.at(-1);
      if (latest && last && at - (sentenceAt(ctx, last.start)?.index ?? 0) <= 3)
        latest.members.push(f);
      continue;
    }
    const fw = words(f.name);
    const g = groups.find((x) => {
      const gw = words(x.name);
      const subset = [...fw].every((w) => gw.has(w)) || [...gw].every((w) => fw.has(w));
      return nameOverlap(x.name, f.name) >= 0.5 || subset;
    });
    if (g) {
      g.members.push(f);
      if (words(f.name).size > words(g.name).size) g.name = f.name;
    } else groups.push({ id: '', name: f.name, members: [f] });
  }
  const out: AgreementMention[] = [];
  const mentions: EntityMention[] = [];
  for (const g of groups) {
    const name = g.name.charAt(0).toUpperCase() + g.name.slice(1);
    const parties = [...new Set(g.members.flatMap((m) => m.parties))].sort();
    // Country names inside the name are given by the party codes at the end of the id.
    const countryWords = new Set(
      g.members.flatMap((f) =>
        mentionsIn(ctx, f.start, f.end, ['Country']).flatMap((c) => [...words(c.text)]),
      ),
    );
    const content = [...words(name)]
      .filter((w) => !parties.some((p) => p.toLowerCase() === w) && !countryWords.has(w))
      .slice(0, 9);
    g.id = [slug(content.join(' '))].filter(Boolean).join('-');
    for (const f of g.members) {
      out.push({
        id: g.id,
        name,
        start: f.start,
        end: f.end,
        sentence: sentenceAt(ctx, f.start)?.index ?? 0,
        namedParties: f.parties,
        pairPhrase: f.pair,
      });
      mentions.push({
        start: f.start,
        end: f.end,
        id: g.id,
        kind: 'Agreement',
        text: ctx.text.slice(f.start, f.end),
        rule: 'agreement:name',
        form: 'name',
      });
      ctx.decide({
        rule: 'agreement:name',
        start: f.start,
        end: f.end,
        text: ctx.text.slice(f.start, f.end),
        action: 'entity',
        reason: `Agreement ${g.id}`,
      });
    }
  }
  addMentions(ctx, mentions);
  return out;
}
