// A Risk accepted until a day already past.

import { isoDate } from '../../entities.mjs';

export const injectors = [
  {
    name: 'acceptance-lapsed', kinds: ['Risk'],
    apply(entity, ctx) {
      entity.data.status = 'accepted';
      entity.data.acceptedBy = ctx.repo.ref(ctx.anyone());
      entity.data.acceptedUntil = isoDate(ctx.random.int(200) + 1);
      return { 'risk/acceptance-expired': 1 };
    },
  },
];
