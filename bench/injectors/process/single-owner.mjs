// A Process without exactly one owner (process/has-manager leaves such a Process alone).


export const injectors = [
  {
    name: 'two-owners', kinds: ['Process'],
    apply(entity, ctx) {
      const owner = entity.data.roles['process-owner'];
      entity.data.roles['process-owner'] = [owner, ctx.person([owner])];
      return { 'process/single-owner': 1 };
    },
  },
  {
    name: 'no-owner', kinds: ['Process'],
    apply(entity) {
      delete entity.data.roles['process-owner'];
      return { 'process/single-owner': 1 };
    },
  },
];
