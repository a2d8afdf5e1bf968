// Collects entities by id as mentions are recognised: canonical name, every
// surface form as an alias, and the mentions with their rule ids.
import type { Entity, EntityKind, Mention } from '../types';

export class EntityTable {
  private readonly byId = new Map<string, Entity>();

  /** Adds (or extends) an entity; the first name given stays canonical unless `preferName`. */
  add(
    id: string,
    kind: EntityKind,
    name: string,
    mention?: Mention,
    extra: { wikidata?: string; preferName?: boolean } = {},
  ): Entity {
    let e = this.byId.get(id);
    if (!e) {
      e = { id, kind, name, aliases: [], mentions: [] };
      if (extra.wikidata) e.wikidata = extra.wikidata;
      this.byId.set(id, e);
    } else if (extra.preferName && name !== e.name) {
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = name;
    }
    if (mention) {
      if (!e.mentions.some((m) => m.start === mention.start && m.end === mention.end)) {
        e.mentions.push(mention);
      }
      if (mention.text !== e.name && !e.aliases.includes(mention.text))
        e.aliases.push(mention.text);
    }
    return e;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Entities in first-mention order, mentions sorted. */
  list(): Entity[] {
    const all = [...this.byId.values()];
    for (const e of all) e.mentions.sort((a, b) => a.start - b.start);
    const first = (e: Entity): number => e.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    return all.sort((a, b) => first(a) - first(b));
  }
}
