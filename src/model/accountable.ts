import type { Entity } from './entity.js';
import { roleHolders } from './roles.js';

/**
 * The roles accountable for an entity of each built-in kind, as the domain has them: a risk is owned jointly by a
 * program manager and a system owner, a product by its product manager and product owner.
 */
export const ACCOUNTABLE_ROLES: Readonly<Record<string, readonly string[]>> = {
  Document: ['document-owner'],
  Process: ['process-owner'],
  Product: ['product-manager', 'product-owner'],
  Program: ['program-manager'],
  Risk: ['program-manager', 'system-owner'],
  System: ['system-owner'],
};

/** Who the entity itself names in its accountable roles, each with the role: `priya-raman (program-manager)`. */
export function accountableIn(entity: Entity): string[] {
  return (ACCOUNTABLE_ROLES[entity.kind] ?? []).flatMap((role) => roleHolders(entity, role).map((person) => `${person} (${role})`));
}
