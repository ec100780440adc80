// Someone takes on roles until they are an owner or manager of one or two entities more than allowed; every entity
// they hold a role on is then reserved, so that their count stays as it is.

import { OVERLOAD_MAX, countedHolders, holdersOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'manages-too-many-processes', kinds: ['Person'],
    apply(entity, ctx) {
      return overload(entity, ctx, OVERLOAD_MAX + 1, 'Process', 'process-manager');
    },
  },
  {
    name: 'manages-too-many-products', kinds: ['Person'],
    apply(entity, ctx) {
      return overload(entity, ctx, OVERLOAD_MAX + 2, 'Product', 'product-manager');
    },
  },
];

/**
 * Adds `person` to the holders of `role` on untouched entities of `kind` that already have holders, until they hold
 * roles on `target` entities, then reserves every untouched entity they hold such a role on.
 */
function overload(person, ctx, target, kind, role) {
  const need = target - ctx.loads.of(person.id);
  const chosen = [];
  for (let i = 0; i < need; i++) {
    const next = ctx.pickFrom([kind], (candidate) => !chosen.includes(candidate) && holdersOf(candidate, role).length > 0 && !countedHolders(candidate).includes(person.id));
    if (!next) return undefined;
    chosen.push(next);
  }
  for (const entity of chosen) {
    ctx.touch(entity);
    entity.data.roles[role] = [...holdersOf(entity, role), person.id];
    ctx.reserve(entity);
  }
  for (const entity of ctx.loads.entitiesOf(person.id)) ctx.reserve(entity);
  return { 'person/overload': 1 };
}
