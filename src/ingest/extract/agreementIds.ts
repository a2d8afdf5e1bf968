// Final agreement ids: the slug of the name's content words, then the
// parties' codes and the year — "joint-statement-comprehensive-strategic-
// partnership-aze-chn-2025" — so that two "joint statements" of different
// pairs or years never share an id in the graph.
import type { Ctx } from './context';
import type { Relation } from '../types';

export function finalAgreementIds(ctx: Ctx, relations: Relation[]): void {
  const rename = new Map<string, string>();
  for (const a of ctx.agreements) {
    if (rename.has(a.id)) continue;
    const parties = [
      ...new Set(
        relations
          .filter(
            (r) =>
              r.type === 'PARTY_TO' && r.to === a.id && ctx.lexicon.get(r.from)?.kind === 'Country',
          )
          .map((r) => r.from),
      ),
    ].sort();
    const dated = relations.find(
      (r) =>
        (r.type === 'PARTY_TO' || r.type === 'SIGNED') && r.to === a.id && r.dateSource === 'text',
    );
    const year = (dated?.date ?? ctx.pubYear).slice(0, 4);
    const base = a.id.split('-').filter((w) => !parties.some((p) => p.toLowerCase() === w));
    rename.set(a.id, [...base, ...parties.map((p) => p.toLowerCase()), year].join('-'));
  }
  for (const a of ctx.agreements) a.id = rename.get(a.id) ?? a.id;
  for (const m of ctx.mentions) if (m.kind === 'Agreement') m.id = rename.get(m.id) ?? m.id;
  for (const r of relations) {
    r.from = rename.get(r.from) ?? r.from;
    r.to = rename.get(r.to) ?? r.to;
  }
}
