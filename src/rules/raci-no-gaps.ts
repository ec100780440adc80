// Critical tasks leave no one out: every party of the matrix knows its part (no "-" cells), as steering committees check.
import { defineRule } from '../api/types.js';
import { describeTask, isRaciCell, lettersOf, raciParties, raciTasks } from '../model/raci.js';
import { docsUrl } from './helpers/docs-url.js';

export default defineRule({
  meta: {
    id: 'raci/no-gaps',
    description: 'A critical task of a RACI matrix must give every party a letter, and only the parties of the matrix.',
    severity: 'warning',
    docs: docsUrl('raci/no-gaps'),
  },
  check({ model, report }) {
    for (const matrix of model.ofKind('Raci')) {
      const parties = raciParties(matrix);
      for (const task of raciTasks(matrix)) {
        for (const party of Object.keys(task.assignments)) {
          if (parties.includes(party)) continue;
          report({
            entity: matrix,
            path: ['tasks', task.index, 'assignments', party],
            target: 'key',
            message: `${describeTask(matrix, task)} gives letters to '${party}', who is not one of the matrix's parties: add '${party}' to \`parties\` or remove the letters.`,
          });
        }
        if (!task.critical) continue;
        for (const party of parties) {
          const cell = task.assignments[party];
          // A cell that is not letters at all is raci/valid-letters' finding, which says it leaves a gap.
          if (lettersOf(cell).size > 0 || (cell !== undefined && !isRaciCell(cell))) continue;
          report({
            entity: matrix,
            path: ['tasks', task.index, 'assignments', party],
            message: `${describeTask(matrix, task)} is critical but leaves '${party}' without a letter: give them R, A, C or I.`,
          });
        }
      }
    }
  },
});
