// A System whose alert routing leaves out one perspective. Its Program is pinned, so that its manager stays.

import { holdersOf, programsOf, soleHolder } from '../../entities.mjs';

/** A System of one Program that has one manager, other than the System's owner. */
function routable(entity, ctx) {
  const programs = programsOf(ctx.repo, entity);
  if (programs.length !== 1) return false;
  const manager = soleHolder(programs[0], 'program-manager');
  return manager !== undefined && !holdersOf(entity, 'system-owner').includes(manager);
}

export const injectors = [
  {
    name: 'compliance-alerts-miss-program-manager', kinds: ['System'], eligible: routable,
    apply(entity, ctx) {
      ctx.pin(...programsOf(ctx.repo, entity));
      entity.data.alerts = { compliance: ['system-owner'], operational: ['system-owner', 'program-manager'] };
      return { 'system/alerts-routed': 1 };
    },
  },
  {
    name: 'operational-alerts-miss-system-owner', kinds: ['System'], eligible: routable,
    apply(entity, ctx) {
      const [program] = programsOf(ctx.repo, entity);
      ctx.pin(program);
      entity.data.alerts = { operational: [ctx.repo.ref(soleHolder(program, 'program-manager'))] };
      return { 'system/alerts-routed': 1 };
    },
  },
];
