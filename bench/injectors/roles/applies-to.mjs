// A role of the repo's catalogue held where its Role does not apply, and a Role whose `appliesTo` misspells a kind.
// The generated catalogue's Roles apply to System, Program and Product, and only Systems assign them.

import { COUNTED_ROLE } from '../../entities.mjs';

export const injectors = [
  {
    // A role person/overload does not count, so that nobody's load changes.
    name: 'role-on-a-process', kinds: ['Process'], eligible: (entity, ctx) => uncountedRole(ctx) !== undefined,
    apply(entity, ctx) {
      entity.data.roles[uncountedRole(ctx).id] = ctx.anyone();
      return { 'roles/applies-to': 1 };
    },
  },
  {
    // No Product assigns a role of the catalogue, so the misspelt kind is the only finding.
    name: 'misspelt-kind', kinds: ['Role'], eligible: (entity) => entity.data.appliesTo?.includes('Product'),
    apply(entity) {
      entity.data.appliesTo = entity.data.appliesTo.map((kind) => (kind === 'Product' ? 'Prodcut' : kind));
      return { 'roles/applies-to': 1 };
    },
  },
];

/** A Role that does not apply to Processes, with an id person/overload does not count. */
function uncountedRole(ctx) {
  return (ctx.repo.ofKind.get('Role') ?? []).find((role) => !role.lost && !COUNTED_ROLE.test(role.id) && !role.data.appliesTo.includes('Process'));
}
