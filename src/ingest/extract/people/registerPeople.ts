// Groups sightings into people (one id per person: the slug of the fullest
// name; "Ana Ruis" and "Ana Ruiz", "Jose" and "José" are one person),
// records their roles, and finds their later mentions by full name or
// surname ("Aliyev", "Xi", "Van den Berg").
import type { Ctx } from '../context';
import { addMentions, sentenceAt } from '../context';
import type { EntityMention, RoleFact } from '../model';
import { asciiFold, slug } from '../slug';
import { ruleTable } from '../ruleTable';
import { isPossessive } from '../tokens';
import type { Token } from '../tokens';
import type { Sighting } from './findPeople';
import { nameLexicon } from './nameShape';
import type { TokenIndex } from './tokenIndex';

export interface Person {
  id: string;
  name: string;
  words: string[];
  forms: Map<string, number>;
}

const fold = (s: string): string => asciiFold(s).toLowerCase();
const wordsOf = (name: string): string[] => fold(name).split(/\s+/).filter(Boolean);

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Whether two names denote the same person (one contains the other, or a one-letter variant). */
function samePerson(a: string[], b: string[]): boolean {
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < long.length) {
    const tail = long.slice(long.length - short.length);
    if (tail.join(' ') === short.join(' ')) return true;
    // "Hadi" of "Abdel Karim el-Hadi": the surname without its article.
    if (short.length === 1 && bare(long.at(-1) ?? '') === bare(short[0] ?? '')) return true;
    // "William Ruto" of "William Samoei Ruto": a middle name left out.
    if (
      short.length === 2 &&
      long.length >= 3 &&
      short[0] === long[0] &&
      short[1] === long.at(-1) &&
      (short[0]?.length ?? 0) > 1
    )
      return true;
    // "Juan Pablo Ruiz" of "Juan Pablo Ruiz Calderón": a second surname left out.
    if (short.length >= 3 && long.slice(0, short.length).join(' ') === short.join(' ')) return true;
    const surnameFirst = nameLexicon().surnameFirst;
    if (
      short.length === 1 &&
      long.length === 2 &&
      surnameFirst.has(capital(long[0] ?? '')) &&
      long[0] === short[0]
    )
      return true;
    return false;
  }
  let diffs = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x === y) continue;
    if (x.length < 2 || !editDistanceAtMostOne(x, y)) return false;
    diffs++;
  }
  return diffs === 1 && a.length >= 2;
}

/** A surname without a hyphenated Arabic article ("el-hadi" → "hadi"). */
const bare = (w: string): string => w.replace(/^(?:al|el|ad|as|ash|at|az|ar|an|ud)-/, '');

const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Clusters sightings into people, in first-sighting order. */
export function clusterPeople(sightings: readonly Sighting[]): {
  people: Person[];
  of: Map<Sighting, Person>;
} {
  const people: Person[] = [];
  const of = new Map<Sighting, Person>();
  // Longer names first, so a surname joins its full name.
  const order = [...sightings].sort(
    (a, b) => wordsOf(b.name).length - wordsOf(a.name).length || a.start - b.start,
  );
  for (const s of order) {
    // A known person's lone surname is clustered under the full name the gazetteer gives.
    const form =
      s.known && wordsOf(s.known.name).length > wordsOf(s.name).length ? s.known.name : s.name;
    const w = wordsOf(form);
    const matches = people.filter((p) => samePerson(p.words, w));
    let p = matches.length === 1 ? matches[0] : undefined;
    if (!p) {
      p = { id: '', name: s.name, words: w, forms: new Map() };
      people.push(p);
    }
    p.forms.set(s.name, (p.forms.get(s.name) ?? 0) + 1);
    if (form !== s.name && !p.forms.has(form)) p.forms.set(form, 0);
    of.set(s, p);
  }
  for (const p of people) {
    // The canonical name: the longest form, then the most frequent one.
    let best = p.name;
    for (const [form, n] of p.forms) {
      const bw = wordsOf(best).length;
      const fw = wordsOf(form).length;
      if (fw > bw || (fw === bw && n > (p.forms.get(best) ?? 0))) best = form;
    }
    p.name = best;
    p.words = wordsOf(best);
    // Middle initials are left out of the id ("Ferdinand R. Marcos Jr." → ferdinand-marcos-jr).
    p.id = slug(best.replace(/(?<=\s)\p{Lu}\.(?=\s)/gu, ''));
  }
  return { people, of };
}

/** Single-word forms that refer to a person: the surname, or the first word of an East Asian name. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/;

function shortForms(p: Person): string[][] {
  const out: string[][] = [];
  const w = p.words;
  if (w.length < 2) return out;
  const particles = nameLexicon().particles;
  // "van den Berg": keep particles with the surname.
  let k = w.length - 1;
  // Only lowercase particles belong to the surname ("van den Berg", not "Vo Van Minh").
  const original = p.name.split(/\s+/);
  while (k > 1 && particles.has(w[k - 1] ?? '') && /^\p{Ll}/u.test(original[k - 1] ?? '')) k--;
  if (!SUFFIX.test(w[k] ?? '')) out.push(w.slice(k));
  // Middle words are used alone too ("Lula" of "Luiz Inacio Lula da Silva", "Marcos" of "Ferdinand Marcos Jr.").
  for (let j = 1; j < w.length; j++) {
    const word = w[j] ?? '';
    if (
      j >= k ||
      (particles.has(word) && /^\p{Ll}/u.test(original[j] ?? '')) ||
      SUFFIX.test(word) ||
      word.length < 3
    )
      continue;
    out.push([word]);
  }
  if (SUFFIX.test(w.at(-1) ?? '') && w.length >= 3) out.push([w[w.length - 2] ?? '']);
  if (w.length === 2 && nameLexicon().surnameFirst.has(capital(w[0] ?? ''))) out.push([w[0] ?? '']);
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(f.join(' ')) ? false : (seen.add(f.join(' ')), true)));
}

function matchAt(T: readonly Token[], i: number, form: readonly string[]): boolean {
  for (let k = 0; k < form.length; k++) if (fold(T[i + k]?.text ?? '') !== form[k]) return false;
  return true;
}

export function registerPeople(ctx: Ctx, ix: TokenIndex, sightings: readonly Sighting[]): Person[] {
  const { people, of } = clusterPeople(sightings);
  const T = ix.tokens;
  const mentions: EntityMention[] = [];
  const taken = new Set<number>();
  for (const s of sightings) {
    const p = of.get(s);
    if (!p) continue;
    mentions.push({
      start: s.start,
      end: s.end,
      id: p.id,
      kind: 'Person',
      text: s.name,
      rule: s.rule,
      form: 'name',
    });
    for (let k = ix.indexAt(s.start); k < T.length && (T[k]?.start ?? Infinity) < s.end; k++)
      taken.add(k);
    for (const role of [s.role, ...(s.alsoRoles ?? [])]) {
      if (!role) continue;
      const fact: RoleFact = {
        ...role,
        person: p.id,
        rule: s.rule,
        sentence: sentenceAt(ctx, s.start)?.index ?? 0,
      };
      ctx.roles.push(fact);
    }
    ctx.decide({
      rule: s.rule,
      start: s.start,
      end: s.end,
      text: s.name,
      action: 'entity',
      reason: `Person ${p.id}: ${s.reason}`,
    });
  }
  // Later mentions by full name or short form, when unambiguous.
  const forms: { form: string[]; person: Person; rule: string }[] = [];
  const shortCount = new Map<string, number>();
  for (const p of people) {
    for (const f of p.forms.keys())
      forms.push({ form: wordsOf(f), person: p, rule: 'person:repeat' });
    for (const f of shortForms(p)) {
      forms.push({ form: f, person: p, rule: 'person:surname' });
      shortCount.set(f.join(' '), (shortCount.get(f.join(' ')) ?? 0) + 1);
    }
    // A given name used alone ("Abiy arrived"), only as the subject of a verb.
    const given = p.words[0] ?? '';
    if (
      p.words.length >= 2 &&
      given.length >= 3 &&
      !shortForms(p).some((f) => f.join(' ') === given)
    ) {
      forms.push({ form: [given], person: p, rule: 'person:given-name' });
      shortCount.set(given, (shortCount.get(given) ?? 0) + 1);
    }
  }
  const verbs = new Set(ruleTable<{ verbs: string[] }>('personVerbs').verbs);
  forms.sort((a, b) => b.form.length - a.form.length);
  for (let i = 0; i < T.length; i++) {
    const t = T[i];
    if (!t || taken.has(i) || !t.cap || ix.mentionOf[i]) continue;
    for (const f of forms) {
      if (f.rule !== 'person:repeat' && (shortCount.get(f.form.join(' ')) ?? 0) > 1) continue;
      if (!matchAt(T, i, f.form)) continue;
      const end = i + f.form.length;
      const next = T[end];
      if (
        f.rule === 'person:given-name' &&
        !(next && (verbs.has(next.lower) || isPossessive(next)))
      )
        continue;
      // Part of a longer capitalised name that is someone else.
      if (
        f.rule !== 'person:repeat' &&
        next?.cap &&
        !next.punct &&
        /^\s$/.test(ctx.text.slice(T[end - 1]?.end ?? 0, next.start))
      ) {
        if (!matchAt(T, i, f.person.words)) break;
      }
      const start = t.start;
      const stop = T[end - 1]?.end ?? t.end;
      mentions.push({
        start,
        end: stop,
        id: f.person.id,
        kind: 'Person',
        text: ctx.text.slice(start, stop),
        rule: f.rule,
        form: f.rule === 'person:surname' ? 'surname' : 'name',
      });
      for (let k = i; k < end; k++) taken.add(k);
      i = end - 1;
      break;
    }
  }
  addMentions(ctx, mentions);
  return people;
}
