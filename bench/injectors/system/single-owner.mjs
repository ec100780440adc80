// A System without exactly one owner.

import { holdersOf, withoutRole, programsOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'two-owners', kinds: ['System'], changesRoles: true,
    apply(entity, ctx) {
      const owner = entity.data.roles['system-owner'];
      const managers = programsOf(ctx.repo, entity).flatMap((program) => holdersOf(program, 'program-manager'));
      entity.data.roles['system-owner'] = [owner, ctx.person([owner, ...managers])];
      return { 'system/single-owner': 1 };
    },
  },
  withoutRole('System', 'system-owner', { 'system/single-owner': 1 }, { changesRoles: true, name: 'no-owner' }),
];
