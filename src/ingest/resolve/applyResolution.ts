// Rewrites an extraction so that entities resolved to existing graph nodes use
// those nodes' ids. The article's own name for a resolved entity becomes an
// alias of the existing name, so the node keeps the name it was created with.
import type { Entity, Extraction, Relation } from '../types';

export interface ResolvedEntity {
  /** Id of the existing node. */
  id: string;
  /** Its current name. */
  name: string;
}

function rename(entity: Entity, target: ResolvedEntity): Entity {
  const aliases = [entity.name, ...entity.aliases].filter((form) => form !== target.name);
  return { ...entity, id: target.id, name: target.name, aliases: [...new Set(aliases)] };
}

function retarget(relation: Relation, ids: ReadonlyMap<string, ResolvedEntity>): Relation {
  const idOf = (id: string) => ids.get(id)?.id ?? id;
  const area = relation.area === undefined ? {} : { area: idOf(relation.area) };
  return { ...relation, from: idOf(relation.from), to: idOf(relation.to), ...area };
}

export function applyResolution(
  extraction: Extraction,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Extraction {
  if (resolved.size === 0) return extraction;
  return {
    article: extraction.article,
    entities: extraction.entities.map((entity) => {
      const target = resolved.get(entity.id);
      return target === undefined ? entity : rename(entity, target);
    }),
    relations: extraction.relations.map((relation) => retarget(relation, resolved)),
  };
}
