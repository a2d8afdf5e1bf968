import type { EntityRecord } from '../../graph/queries/records';
import type { ApiContext } from '../context';

/** An entity a fact refers to: it exists while the fact does (a missing one is a graph fault). */
export async function loadEntity(context: ApiContext, id: string): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  if (entity === null) throw new Error(`entity ${id} is referenced but not stored`);
  return entity;
}
