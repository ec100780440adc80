import type { Entity } from './entity.js';
import type { Model } from './model.js';

/**
 * What a Document is about: the entities its `describes` names and those that list it under `documents`, each
 * once, in that order. Ids that name nothing are refs/resolve's business.
 */
export function documentSubjects(model: Model, document: Entity): Entity[] {
  const describes = Array.isArray(document.data.describes) ? document.data.describes : [];
  const about = [
    ...describes.flatMap((id) => (typeof id === 'string' ? model.withId(id) : [])),
    ...(document.id === undefined ? [] : (listingsOf(model).get(document.id) ?? [])),
  ];
  return [...new Set(about)];
}

const listings = new WeakMap<Model, Map<string, Entity[]>>();

/** The entities that list each Document id under `documents`, indexed once per model. */
function listingsOf(model: Model): Map<string, Entity[]> {
  let byId = listings.get(model);
  if (byId) return byId;
  byId = new Map();
  for (const entity of model.entities) {
    const ids = Array.isArray(entity.data.documents) ? entity.data.documents : [];
    for (const id of new Set(ids)) {
      if (typeof id !== 'string') continue;
      const listers = byId.get(id);
      if (listers) listers.push(entity);
      else byId.set(id, [entity]);
    }
  }
  listings.set(model, byId);
  return byId;
}
