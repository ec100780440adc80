/**
 * The roles accountable for an entity of each built-in kind, as the domain has them: a risk is owned jointly by a
 * program manager and a system owner, a product by its product manager and product owner; a Backstage entity by
 * its `spec.owner` (the `owner` role its adapter gives it).
 */
export const ACCOUNTABLE_ROLES: Readonly<Record<string, readonly string[]>> = {
  'backstage:API': ['owner'],
  'backstage:Component': ['owner'],
  'backstage:Domain': ['owner'],
  'backstage:Resource': ['owner'],
  'backstage:System': ['owner'],
  'backstage:Template': ['owner'],
  Document: ['document-owner'],
  Process: ['process-owner'],
  Product: ['product-manager', 'product-owner'],
  Program: ['program-manager'],
  Risk: ['program-manager', 'system-owner'],
  System: ['system-owner'],
};
