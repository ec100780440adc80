// A task with an Accountable but nobody Responsible has an owner and no one doing the work.
import { defineRule } from '../api/types.js';
import { describeTask, partiesWith, raciTasks } from '../model/raci.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'raci/has-responsible',
    description: 'Every task of a RACI matrix must have at least one Responsible (R).',
    severity: 'error',
    docs: docsUrl('raci/has-responsible'),
  },
  check({ model, report }) {
    for (const matrix of model.ofKind('Raci')) {
      for (const task of raciTasks(matrix)) {
        if (partiesWith(task, 'R').length > 0) continue;
        report({
          entity: matrix,
          path: ['tasks', task.index, 'name'],
          message: `${describeTask(matrix, task)} has nobody Responsible: mark at least one party with R, the one who does the work.`,
        });
      }
    }
  },
});
