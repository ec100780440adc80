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
