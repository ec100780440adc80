// A Process without a manager: a note.

import { withoutRole } from '../../entities.mjs';

export const injectors = [
  withoutRole('Process', 'process-manager', { 'process/has-manager': 1 }, { name: 'no-manager' }),
  {
    name: 'empty-manager-list', kinds: ['Process'],
    apply(entity) {
      entity.data.roles['process-manager'] = [];
      return { 'process/has-manager': 1 };
    },
  },
];
