// An unreferenced entity takes the id of another one, which is then left alone.

import { reserveTarget } from '../../entities.mjs';

export const injectors = [
  {
    name: 'duplicate-id-same-kind', kinds: ['Risk', 'Document', 'Product'], unreferenced: true,
    apply(entity, ctx) {
      const target = reserveTarget(ctx, [entity.kind], entity);
      if (!target) return undefined;
      entity.data.id = target.id;
      return { 'ids/unique': 1 };
    },
  },
  {
    name: 'duplicate-id-other-kind', kinds: ['Document', 'Product', 'Process'], unreferenced: true,
    apply(entity, ctx) {
      const target = reserveTarget(ctx, ['System', 'Person'], entity);
      if (!target) return undefined;
      entity.data.id = target.id;
      return { 'ids/unique': 1 };
    },
  },
];
