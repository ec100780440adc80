// A cell that is not RACI letters (`n/a`, `TBC`, `?`) says nothing, and reading letters out of it guesses wrong:
// `n/a` would be an A, `TBC` a C. Such a cell is reported once, and carries no letter.
import { defineRule } from '../api/types.js';
import { describeTask, isRaciCell, raciTasks } from '../model/raci.js';
import { show } from '../schema/schema-issues.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'raci/valid-letters',
    description: 'Every cell of a RACI matrix must hold R, A, C or I (several joined by / or ,), or be empty or - for none.',
    severity: 'error',
    docs: docsUrl('raci/valid-letters'),
  },
  check({ model, report }) {
    for (const matrix of model.ofKind('Raci')) {
      for (const task of raciTasks(matrix)) {
        for (const [party, cell] of Object.entries(task.assignments)) {
          if (isRaciCell(cell)) continue;
          const gap = task.critical ? `, so this critical task leaves '${party}' without a letter` : '';
          report({
            entity: matrix,
            path: ['tasks', task.index, 'assignments', party],
            message: `${describeTask(matrix, task)} has ${show(cell)} for '${party}', which is not RACI letters${gap}: write R, A, C or I (several joined by / or , as in A/R), or leave it empty or - if '${party}' has no part.`,
          });
        }
      }
    }
  },
});
