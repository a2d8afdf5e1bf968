// Roles stated without a country ("Foreign Minister Ana Ruiz") take it
// from context: a counterpart's role, an earlier item of the same list, or the
// other side of the article's pair when a counterpart's country is known.
import type { Ctx } from '../context';
import type { RoleFact } from '../model';

export function inferHolders(ctx: Ctx): void {
  const roles = ctx.roles;
  // "his Peruvian counterpart X": the role of the person he is the counterpart of.
  for (const f of roles) {
    if (f.roleClass !== 'counterpart') continue;
    const other = roles
      .filter(
        (g) => g.sentence === f.sentence && g.start < f.start && g.roleClass !== 'counterpart',
      )
      .at(-1);
    if (other) {
      f.role = other.role;
      f.roleClass = other.roleClass;
      f.diplomatic = other.diplomatic;
    }
  }
  // The same person's role stated elsewhere with its country.
  for (const f of roles) {
    if (f.holder) continue;
    const known =
      roles.find(
        (g) =>
          g.person === f.person &&
          g.holder &&
          !g.former &&
          g.role.toLowerCase() === f.role.toLowerCase(),
      ) ??
      roles.find(
        (g) => g.person === f.person && g.holder && !g.former && g.roleClass === f.roleClass,
      );
    if (known) {
      f.holder = known.holder;
      if (!f.accreditedTo && known.accreditedTo) f.accreditedTo = known.accreditedTo;
    }
  }
  // "From Norway, Foreign Minister A and Trade Minister B attended": the country that
  // opens the sentence; "Kenya: H.E. President A", a roster line labelled by its country.
  for (const f of roles) {
    if (f.holder || f.former || f.roleClass === 'counterpart') continue;
    const s = ctx.sentences[f.sentence];
    if (!s) continue;
    const from = ctx.mentions.find(
      (m) =>
        m.kind === 'Country' &&
        m.start >= s.start &&
        m.end <= f.start &&
        ((/^\s*(?:From|Representing|On behalf of)\s+(?:the\s+)?$/.test(
          ctx.text.slice(s.start, m.start),
        ) &&
          /^\s*,/.test(ctx.text.slice(m.end, m.end + 3))) ||
          (/^\s*(?:the\s+)?$/i.test(ctx.text.slice(s.start, m.start)) &&
            /^\s*:/.test(ctx.text.slice(m.end, m.end + 3)))),
    );
    if (from) f.holder = from.id;
  }
  // "The country's Prime Minister, X": the country named last before.
  for (const f of roles) {
    if (f.holder || f.former || f.roleClass === 'counterpart') continue;
    const before = ctx.text.slice(Math.max(0, f.start - 30), f.start);
    if (!/\bthe\s+(?:country|kingdom|nation|republic|emirate|state)['’]s\s+$/i.test(before))
      continue;
    const last = ctx.mentions
      .filter((m) => m.kind === 'Country' && !m.location && m.end <= f.start)
      .at(-1);
    if (last) f.holder = last.id;
  }
  // List inheritance: "Kenyan Foreign Minister A, Trade Minister B", "… A and Defence Minister B".
  const sorted = [...roles].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const f = sorted[k];
    const prev = sorted[k - 1];
    if (!f || !prev || f.holder || !prev.holder) continue;
    const gap = ctx.text.slice(prev.end, f.start);
    if (/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(gap)) f.holder = prev.holder;
  }
  // The other side of the pair: a person acting with someone whose country is known.
  if (ctx.pair.length === 2) {
    for (const f of roles) {
      if (f.holder || f.roleClass === 'official' || f.former) continue;
      const envoyHost = f.accreditedTo;
      if (envoyHost && ctx.pair.includes(envoyHost)) {
        f.holder = ctx.pair.find((c) => c !== envoyHost);
        continue;
      }
      const partners = roles.filter(
        (g: RoleFact) =>
          g.person !== f.person &&
          g.sentence === f.sentence &&
          g.holder &&
          ctx.pair.includes(g.holder),
      );
      const taken = new Set(partners.map((g) => g.holder));
      const hosts = new Set(partners.map((g) => g.accreditedTo).filter(Boolean));
      if (taken.size === 1) {
        const other = ctx.pair.find((c) => !taken.has(c));
        if (other && (hosts.size === 0 || hosts.has(other))) f.holder = other;
      }
    }
  }
}

/**
 * Last resort for a title with no country: the dateline's country (the host
 * of a story filed from its capital). Counterparts and former holders are left.
 */
export function inferHomeHolders(ctx: Ctx, home: string | undefined): void {
  if (!home) return;
  for (const f of ctx.roles) {
    if (f.holder || f.former || f.roleClass === 'counterpart' || f.accreditedTo) continue;
    f.holder = home;
  }
}
