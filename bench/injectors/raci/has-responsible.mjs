// A task of a RACI matrix without a Responsible.

import { matrixOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'no-responsible', kinds: ['Raci'],
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks);
      for (const [party, cell] of Object.entries(task.assignments)) {
        if (cell === 'R') task.assignments[party] = 'C';
        else if (cell === 'A/R') task.assignments[party] = 'A';
      }
      return { 'raci/has-responsible': 1 };
    },
  },
  {
    name: 'task-without-responsible', kinds: ['Raci'],
    apply(entity) {
      const matrix = matrixOf(entity);
      const [accountable, consulted] = matrix.parties;
      const assignments = Object.fromEntries(matrix.parties.map((party) => [party, party === accountable ? 'A' : party === consulted ? 'C' : entity.raci ? '' : '-']));
      matrix.tasks.push(entity.raci ? { name: 'Archive the records', critical: false, assignments } : { name: 'Archive the records', assignments });
      return { 'raci/has-responsible': 1 };
    },
  },
];
