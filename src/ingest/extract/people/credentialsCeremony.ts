// A credentials ceremony: envoys present their credentials (letters of
// credence) to a head of state. The receiver's country is the host: every
// envoy of the ceremony with no stated host is accredited to it, and the
// receiver's own title ("President X" with no country) is the host's.
import type { Ctx } from '../context';
import { mentionsIn } from '../context';
import type { Sentence } from '../model';
import { groupAfter, groupBefore } from '../relations/personGroups';
import { ruleTable } from '../ruleTable';
import { phraseRegex } from '../words';

interface CredentialsTable {
  credentials: { nouns: string[]; receiveVerbs: string[]; presentVerbs: string[] };
}

export interface Ceremony {
  sentence: Sentence;
  /** Offset of the credentials noun. */
  at: number;
  receiver?: string;
  host?: string;
}

let nounRe: RegExp | undefined;
let receiveRe: RegExp | undefined;
let presentRe: RegExp | undefined;

/** The person receiving credentials in sentence s around the noun at `at`. */
function receiverOf(ctx: Ctx, s: Sentence, at: number): string | undefined {
  const before = ctx.text.slice(s.start, at);
  // "X received the credentials", "X has accepted the letters of credence".
  const rv = [...before.matchAll(receiveRe ?? /$^/g)].at(-1);
  if (rv && at - (s.start + (rv.index ?? 0)) < 60)
    return groupBefore(ctx, s, s.start + (rv.index ?? 0)).at(-1)?.id;
  // "presented his credentials to President X".
  const to = /^[^.;]{0,40}?\bto\s+/.exec(ctx.text.slice(at, s.end));
  if (to && (presentRe?.test(before) ?? false))
    return groupAfter(ctx, s, at + to[0].length, 40)[0]?.id;
  return undefined;
}

/** "… their work in Ukraine", "envoys assigned to Ghana": a host named in the sentence. */
function namedHost(ctx: Ctx, s: Sentence, envoyHolders: ReadonlySet<string>): string | undefined {
  for (const m of mentionsIn(ctx, s.start, s.end, ['Country'], true)) {
    if (envoyHolders.has(m.id)) continue;
    if (/\b(?:to|in)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(s.start, m.start - 8), m.start)))
      return m.id;
  }
  return undefined;
}

export function findCeremonies(ctx: Ctx, home: string | undefined): Ceremony[] {
  const t = ruleTable<CredentialsTable>('relations').credentials;
  nounRe ??= phraseRegex(t.nouns, 'giu');
  receiveRe ??= phraseRegex(t.receiveVerbs, 'giu');
  presentRe ??= phraseRegex(t.presentVerbs, 'iu');
  const out: Ceremony[] = [];
  for (const s of ctx.sentences) {
    const text = ctx.text.slice(s.start, s.end);
    nounRe.lastIndex = 0;
    const m = nounRe.exec(text);
    if (!m) continue;
    const at = s.start + m.index;
    const receiver = receiverOf(ctx, s, at);
    const envoyHolders = new Set(
      ctx.roles
        .filter((f) => f.sentence === s.index && f.person !== receiver && f.holder)
        .map((f) => f.holder ?? ''),
    );
    const own = receiver
      ? ctx.roles.find((f) => f.person === receiver && f.holder && !f.former)?.holder
      : undefined;
    const host = namedHost(ctx, s, envoyHolders) ?? own ?? home;
    const c: Ceremony = { sentence: s, at };
    if (receiver) c.receiver = receiver;
    if (host) c.host = host;
    out.push(c);
    ctx.decide({
      rule: 'credentials:ceremony',
      start: at,
      end: at + m[0].length,
      text: m[0],
      action: 'ceremony',
      reason: `receiver ${receiver ?? '?'}, host ${host ?? '?'}`,
    });
  }
  return out;
}

/**
 * Envoys of a ceremony article with no stated host are accredited to the
 * host; the receiver's title without a country is the host's.
 */
export function inferAccreditation(ctx: Ctx, ceremonies: readonly Ceremony[]): void {
  const hosted = ceremonies.filter((c) => c.host);
  if (!hosted.length) return;
  for (const c of hosted) {
    for (const f of ctx.roles)
      if (f.person === c.receiver && !f.holder && !f.former && f.roleClass === 'leader')
        f.holder = c.host;
  }
  // The host of the first ceremony stated before (or else after) each envoy's role.
  for (const f of ctx.roles) {
    if (f.roleClass !== 'envoy' || f.accreditedTo || f.former) continue;
    const sAt = ctx.sentences[f.sentence]?.start ?? 0;
    const c = hosted.filter((x) => x.sentence.start <= sAt).at(-1) ?? hosted[0];
    if (!c?.host || c.host === f.holder || c.receiver === f.person) continue;
    f.accreditedTo = c.host;
    f.accreditedAtCeremony = true;
  }
}
