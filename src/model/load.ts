import type { Entity } from './entity.js';
import type { Model } from './model.js';
import { assignedRoles, roleHolders } from './roles.js';

/** Owner and manager roles: accountability (`system-owner`, `process-owner`…) and delivery (`program-manager`…). */
export const COUNTED_ROLE = /-(owner|manager)$/;

/** One entity a person is an owner or manager of, and the counted roles they hold on it. */
export interface OwnerLoad {
  entity: Entity;
  roles: string[];
}

/**
 * Each holder's load as `person/overload` counts it: the entities (of kinds not in `ignoreKinds`) they hold an
 * owner or manager role on, once per entity whatever the roles, in model order. Keyed by the id as written, whether
 * or not a Person has it. The rule and `govlint who` both count here, so they cannot disagree.
 */
export function ownerLoads(model: Model, ignoreKinds: readonly string[]): Map<string, OwnerLoad[]> {
  const held = new Map<string, OwnerLoad[]>();
  for (const entity of model.entities) {
    if (ignoreKinds.includes(entity.kind)) continue;
    for (const role of assignedRoles(entity)) {
      if (!COUNTED_ROLE.test(role)) continue;
      for (const person of roleHolders(entity, role)) {
        const loads = held.get(person);
        // Entities come one at a time, so a person's load on this one, if any, is their last.
        const last = loads?.at(-1);
        if (last?.entity === entity) {
          if (!last.roles.includes(role)) last.roles.push(role);
        } else if (loads) loads.push({ entity, roles: [role] });
        else held.set(person, [{ entity, roles: [role] }]);
      }
    }
  }
  return held;
}
