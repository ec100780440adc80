import type { Path } from '../parse/locate.js';
import type { Entity } from './entity.js';

/** One person holding a role on an entity, with the path of the value that names them. */
export interface RoleAssignment {
  person: string;
  /** `['roles', role]` for a single id, `['roles', role, index]` for an item of a list. */
  path: Path;
}

/** The ids of the people holding `role` on an entity: its `roles` entry as a list, whether written as one id or many. */
export function roleHolders(entity: Entity, role: string): string[] {
  // Without the paths of roleAssignments: rules ask this of every entity of a large repo.
  const value = roleValue(entity, role);
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Who holds `role` on an entity and where each is named; values that are not person ids are schema/valid's business. */
export function roleAssignments(entity: Entity, role: string): RoleAssignment[] {
  const value = roleValue(entity, role);
  if (typeof value === 'string') return [{ person: value, path: ['roles', role] }];
  if (!Array.isArray(value)) return [];
  const assignments: RoleAssignment[] = [];
  value.forEach((item, index) => {
    if (typeof item === 'string') assignments.push({ person: item, path: ['roles', role, index] });
  });
  return assignments;
}

/** The role ids an entity assigns, in the order they are written. */
export function assignedRoles(entity: Entity): string[] {
  return Object.keys(rolesOf(entity));
}

function roleValue(entity: Entity, role: string): unknown {
  const roles = rolesOf(entity);
  return Object.hasOwn(roles, role) ? roles[role] : undefined;
}

function rolesOf(entity: Entity): Readonly<Record<string, unknown>> {
  const roles = entity.roles ?? entity.data.roles;
  if (roles === null || typeof roles !== 'object' || Array.isArray(roles)) return {};
  return roles as Record<string, unknown>;
}
