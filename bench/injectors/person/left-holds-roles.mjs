// Somebody leaves and the register is not told: they keep their place in their team and whatever roles they hold.
// Their team is reserved, so that at least that place stays and the finding with it.

import { isoDate, teamListing } from '../../entities.mjs';

export const injectors = [
  {
    name: 'left-still-in-team', kinds: ['Person'], eligible: (entity, ctx) => teamListing(entity, ctx) !== undefined,
    apply(entity, ctx) {
      ctx.reserve(teamListing(entity, ctx));
      entity.data.status = 'left';
      return { 'person/left-holds-roles': 1 };
    },
  },
  {
    // A leaving date that has come counts without any `status`.
    name: 'left-on-a-past-date', kinds: ['Person'], eligible: (entity, ctx) => teamListing(entity, ctx) !== undefined,
    apply(entity, ctx) {
      ctx.reserve(teamListing(entity, ctx));
      entity.data.leftOn = isoDate(45);
      return { 'person/left-holds-roles': 1 };
    },
  },
];
