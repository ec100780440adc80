import type { Entity } from '../../model/entity.js';
import type { Model } from '../../model/model.js';
import { entitiesOfKind } from '../../model/lookup.js';
import { roleHolders } from '../../model/roles.js';

/** The entity of a kind that an entity's field names; an id that names none is refs/resolve's business, one that names two is ids/unique's. */
export function linkedEntity(model: Model, entity: Entity, field: string, kind: string): Entity | undefined {
  const id = entity.data[field];
  return typeof id === 'string' ? entitiesOfKind(model, id, kind)[0] : undefined;
}

/**
 * The holders of a role on an entity who are Persons, each once: advice to copy a holder names only people who
 * exist (one who does not is refs/resolve's finding).
 */
export function personHolders(model: Model, entity: Entity, role: string): string[] {
  return [...new Set(roleHolders(entity, role))].filter((person) => entitiesOfKind(model, person, 'Person').length > 0);
}
