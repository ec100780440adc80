// A Risk whose owners are not those of its System and Program. The Risk's System and Program are untouched, and
// pinned so that nobody changes their owners.

import { soleHolder, programsOf, riskSides } from '../../entities.mjs';

export const injectors = [
  {
    name: 'wrong-system-owner', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['system-owner'] = ctx.anyone([owner, manager]);
      ctx.pin(system, program);
      return { 'risk/owners-match': 1 };
    },
  },
  {
    name: 'wrong-program-manager', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner, manager } = riskSides(ctx.repo, entity);
      entity.data.roles['program-manager'] = ctx.anyone([owner, manager]);
      ctx.pin(system, program);
      return { 'risk/owners-match': 1 };
    },
  },
  {
    // The Risk moves to another Program, whose manager it names, but keeps a System of its old Program.
    name: 'system-of-other-program', kinds: ['Risk'],
    eligible: (entity, ctx) => riskSides(ctx.repo, entity) !== undefined,
    apply(entity, ctx) {
      const { system, program, owner } = riskSides(ctx.repo, entity);
      const other = ctx.pickFrom(['Program'], (candidate) => {
        const manager = soleHolder(candidate, 'program-manager');
        return candidate !== program && manager !== undefined && manager !== owner && !programsOf(ctx.repo, system).includes(candidate);
      });
      if (!other) return undefined;
      entity.data.program = other.id;
      entity.data.roles['program-manager'] = soleHolder(other, 'program-manager');
      ctx.pin(system, program, other);
      return { 'risk/owners-match': 1 };
    },
  },
];
