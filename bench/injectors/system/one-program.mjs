// A System that a second Program lists under `systems` while its own `program` names the first. The second Program
// is reserved, so that nothing else changes it, and its manager does not own the System (no roles/conflict).

import { holdersOf, programsOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'claimed-by-another-program', kinds: ['System'],
    eligible: (entity, ctx) => ctx.repo.byId.get(entity.data.program)?.kind === 'Program' && programsOf(ctx.repo, entity).length === 1,
    apply(entity, ctx) {
      const [program] = programsOf(ctx.repo, entity);
      const owners = holdersOf(entity, 'system-owner');
      const other = ctx.pickFrom(['Program'], (candidate) =>
        candidate !== program && !ctx.reserved.has(candidate.id) && Array.isArray(candidate.data.systems) &&
        !holdersOf(candidate, 'program-manager').some((manager) => owners.includes(manager)));
      if (!other) return undefined;
      ctx.reserve(other);
      ctx.pin(program);
      other.data.systems.push(ctx.repo.ref(entity.id));
      return { 'system/one-program': 1 };
    },
  },
];
