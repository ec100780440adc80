// A task of a RACI matrix without exactly one Accountable.

import { matrixOf, lettersOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'no-accountable', kinds: ['Raci'],
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks);
      const party = Object.keys(task.assignments).find((candidate) => lettersOf(task.assignments[candidate]).has('A'));
      // A/R keeps its R; a plain A becomes C (a letter still, for a critical task).
      task.assignments[party] = task.assignments[party] === 'A/R' ? 'R' : 'C';
      return { 'raci/single-accountable': 1 };
    },
  },
  {
    name: 'two-accountables', kinds: ['Raci'],
    apply(entity, ctx) {
      const matrix = matrixOf(entity);
      const task = ctx.random.pick(matrix.tasks);
      const party = matrix.parties.find((candidate) => {
        const letters = lettersOf(task.assignments[candidate]);
        return !letters.has('A') && !letters.has('R');
      });
      task.assignments[party] = 'A';
      return { 'raci/single-accountable': 1 };
    },
  },
];
