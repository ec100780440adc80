import type { Entity } from './entity.js';
import type { Model } from './model.js';

/** The entities with this id that are of this kind: normally one, more when the id is duplicated, none when it is unknown. */
export function entitiesOfKind(model: Model, id: string, kind: string): Entity[] {
  return model.withId(id).filter((entity) => entity.kind === kind);
}
