// Exactly one Accountable per task: with none nobody answers for it, with two each can assume the other decides.
import { defineRule } from '../api/types.js';
import { describeTask, partiesWith, raciTasks } from '../model/raci.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'raci/single-accountable',
    description: 'Every task of a RACI matrix must have exactly one Accountable (A).',
    severity: 'error',
    docs: docsUrl('raci/single-accountable'),
  },
  check({ model, report }) {
    for (const matrix of model.ofKind('Raci')) {
      for (const task of raciTasks(matrix)) {
        const accountable = partiesWith(task, 'A');
        if (accountable.length === 0) {
          report({
            entity: matrix,
            path: ['tasks', task.index, 'name'],
            message: `${describeTask(matrix, task)} has no Accountable: mark exactly one party with A, the one who answers for the task.`,
          });
        } else if (accountable.length > 1) {
          const [first, ...others] = accountable;
          report({
            entity: matrix,
            path: ['tasks', task.index, 'assignments', others[0]!],
            message: `${describeTask(matrix, task)} has ${accountable.length} Accountables (${accountable.join(', ')}): keep A for exactly one of them and make the others R, C or I.`,
            related: [{ entity: matrix, path: ['tasks', task.index, 'assignments', first!], message: `${first} is also Accountable.` }],
          });
        }
      }
    }
  },
});
