// A Program without exactly one manager: its Risks then match one of its managers, or none (not compared).

import { holdersOf, withoutRole, systemsOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'two-managers', kinds: ['Program'], changesRoles: true,
    apply(entity, ctx) {
      const manager = entity.data.roles['program-manager'];
      // Not someone who owns one of its Systems: that would be a roles/conflict finding too.
      const owners = systemsOf(ctx.repo, entity).flatMap((system) => holdersOf(system, 'system-owner'));
      entity.data.roles['program-manager'] = [manager, ctx.person([manager, ...owners])];
      return { 'program/single-manager': 1 };
    },
  },
  withoutRole('Program', 'program-manager', { 'program/single-manager': 1 }, { changesRoles: true, name: 'no-manager' }),
];
