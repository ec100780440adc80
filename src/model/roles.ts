import type { Entity } from './entity.js';

/** The ids of the people holding `role` on an entity: its `roles` entry as a list, whether written as one id or many. */
export function roleHolders(entity: Entity, role: string): string[] {
  const roles = entity.data.roles;
  if (roles === null || typeof roles !== 'object' || Array.isArray(roles)) return [];
  const value = Object.hasOwn(roles, role) ? (roles as Record<string, unknown>)[role] : undefined;
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
