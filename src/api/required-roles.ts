import type { RuleContext } from './types.js';
import { describeEntity } from '../model/entity.js';
import { roleHolders } from '../model/roles.js';

/** A role every entity of a kind must have someone in, and what that person does (for the message). */
export interface RequiredRole {
  role: string;
  why: string;
}

/**
 * Reports each required role nobody holds on an entity of the kind, one finding per missing role: at `roles` when
 * the role is missing, or at the entity's first key when `roles` is.
 */
export function checkRequiredRoles({ model, report }: Pick<RuleContext, 'model' | 'report'>, kind: string, roles: readonly RequiredRole[]): void {
  for (const entity of model.ofKind(kind)) {
    for (const { role, why } of roles) {
      if (roleHolders(entity, role).length > 0) continue;
      report({
        entity,
        path: ['roles', role],
        message: `${describeEntity(entity)} has no ${role.replace('-', ' ')}: add \`roles.${role}\`, the person ${why}.`,
      });
    }
  }
}
