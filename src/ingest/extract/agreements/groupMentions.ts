// One entity per document: a later mention whose words are contained in an
// earlier name (or overlap it by half) is the same document; a reference
// ("the treaty") joins the latest document named within three sentences.
// The id is the slug of the name's content words, without the countries it
// names (finalAgreementIds adds the parties' codes and the year).
import type { Ctx } from '../context';
import { addMentions, mentionsIn, sentenceAt } from '../context';
import type { AgreementMention, EntityMention } from '../model';
import { slug } from '../slug';
import { nameOverlap, nameWords } from './nameWords';

export interface FoundMention {
  name: string;
  start: number;
  end: number;
  parties: string[];
  pair: boolean;
  ref: boolean;
  /** Named by its document noun alone ("signed a memorandum of understanding"). */
  bare?: boolean;
  /** A reference that is the object of a signing: a document of its own when none was named before. */
  signedHere?: boolean;
  rule: string;
}

/** The document noun of a name: its last word before any complement ("memorandum" of "memorandum of understanding on water"). */
function headWord(name: string): string {
  const core =
    name.toLowerCase().split(/\s+(?:of|on|to|for|between|regarding|concerning)\s+/)[0] ?? '';
  return core.split(/\s+/).at(-1) ?? '';
}

interface Group {
  id: string;
  name: string;
  members: FoundMention[];
}

function groupOf(ctx: Ctx, groups: Group[], f: FoundMention): Group | undefined {
  if (f.ref) {
    // The latest document named within three sentences, one with the same head noun first ("the treaty").
    const at = sentenceAt(ctx, f.start)?.index ?? 0;
    const recent = groups.filter((g) =>
      g.members.some(
        (x) => !x.ref && x.start < f.start && at - (sentenceAt(ctx, x.start)?.index ?? 0) <= 3,
      ),
    );
    const lastStart = (g: Group): number =>
      Math.max(...g.members.filter((x) => !x.ref).map((x) => x.start));
    recent.sort((a, b) => lastStart(b) - lastStart(a));
    const head = [...nameWords(f.name)].at(-1) ?? '';
    return recent.find((g) => nameWords(g.name).has(head)) ?? recent[0];
  }
  const fw = nameWords(f.name);
  // A bare "memorandum of understanding" is the memorandum named before, when there is one.
  if (f.bare) {
    const head = headWord(f.name);
    const same = groups.find((x) => headWord(x.name) === head);
    if (same) return same;
  }
  return groups.find((x) => {
    const gw = nameWords(x.name);
    const subset = [...fw].every((w) => gw.has(w)) || [...gw].every((w) => fw.has(w));
    return nameOverlap(x.name, f.name) >= 0.5 || subset;
  });
}

export function groupMentions(ctx: Ctx, found: readonly FoundMention[]): AgreementMention[] {
  const groups: Group[] = [];
  for (const f of found) {
    const g = groupOf(ctx, groups, f);
    if (g) {
      g.members.push(f);
      if (!f.ref && nameWords(f.name).size > nameWords(g.name).size) g.name = f.name;
    } else if (!f.ref || f.signedHere) groups.push({ id: '', name: f.name, members: [f] });
    else
      ctx.decide({
        rule: f.rule,
        start: f.start,
        end: f.end,
        text: f.name,
        action: 'skip',
        reason: 'reference with no document named before it',
      });
  }
  const out: AgreementMention[] = [];
  const mentions: EntityMention[] = [];
  for (const g of groups) {
    const name = g.name.charAt(0).toUpperCase() + g.name.slice(1);
    const parties = [...new Set(g.members.flatMap((m) => m.parties))].sort();
    // Country names inside the name are given by the party codes at the end of the id.
    const countryWords = new Set(
      g.members.flatMap((f) =>
        mentionsIn(ctx, f.start, f.end, ['Country']).flatMap((c) => [...nameWords(c.text)]),
      ),
    );
    const content = [...nameWords(name)]
      .filter((w) => !parties.some((p) => p.toLowerCase() === w) && !countryWords.has(w))
      .slice(0, 9);
    g.id = slug(content.join(' '));
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
        rule: f.rule,
        form: 'name',
      });
      ctx.decide({
        rule: f.rule,
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
