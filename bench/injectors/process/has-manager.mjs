// A Process without a manager: a note.


export const injectors = [
  {
    name: 'no-manager', kinds: ['Process'],
    apply(entity) {
      delete entity.data.roles['process-manager'];
      return { 'process/has-manager': 1 };
    },
  },
  {
    name: 'empty-manager-list', kinds: ['Process'],
    apply(entity) {
      entity.data.roles['process-manager'] = [];
      return { 'process/has-manager': 1 };
    },
  },
];
