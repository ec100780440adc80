// One person on both sides of a pair of roles that must be held apart.

import { OVERLOAD_MAX, soleHolder, programsOf, riskSides } from '../../entities.mjs';

export const injectors = [
  {
    // The manager of a Program also owns one of its Systems, one that no Risk names (its Risks would no longer match).
    name: 'program-manager-owns-system', kinds: ['System'], changesRoles: true,
    eligible: (entity, ctx) => {
      if (entity.risks > 0 || typeof entity.data.roles['system-owner'] !== 'string') return false;
      const programs = programsOf(ctx.repo, entity);
      if (programs.length !== 1 || programs[0].defect !== undefined) return false;
      const manager = soleHolder(programs[0], 'program-manager');
      return manager !== undefined && ctx.loads.of(manager) < OVERLOAD_MAX;
    },
    apply(entity, ctx) {
      const [program] = programsOf(ctx.repo, entity);
      entity.data.roles['system-owner'] = soleHolder(program, 'program-manager');
      ctx.pin(program);
      return { 'roles/conflict': 1 };
    },
  },
  {
    // One person owns a Risk from both sides: they are then not the owner of its System either.
    name: 'risk-owned-twice', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['system-owner'] = manager;
      ctx.pin(system, program);
      return { 'roles/conflict': 1, 'risk/owners-match': 1 };
    },
  },
];
