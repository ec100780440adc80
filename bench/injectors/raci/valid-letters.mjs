// A cell that is not RACI letters: `n/a` on a task that is not critical, `TBC` on a critical one (whose gap is
// said by the same finding, not by raci/no-gaps as well). Only C and I cells are changed, so A and R stay put.

import { matrixOf } from '../../entities.mjs';

/** A task of the matrix, critical or not, and a party of it that is only Consulted or Informed. */
function consultedOrInformed(entity, critical) {
  for (const task of matrixOf(entity).tasks) {
    if (task.critical !== critical && !(critical === false && task.critical === undefined)) continue;
    const party = Object.keys(task.assignments).find((candidate) => ['C', 'I'].includes(task.assignments[candidate]));
    if (party) return { task, party };
  }
  return undefined;
}

export const injectors = [
  {
    name: 'not-applicable', kinds: ['Raci'],
    eligible: (entity) => consultedOrInformed(entity, false) !== undefined,
    apply(entity) {
      const { task, party } = consultedOrInformed(entity, false);
      task.assignments[party] = 'n/a';
      return { 'raci/valid-letters': 1 };
    },
  },
  {
    name: 'to-be-confirmed-on-a-critical-task', kinds: ['Raci'],
    eligible: (entity) => consultedOrInformed(entity, true) !== undefined,
    apply(entity) {
      const { task, party } = consultedOrInformed(entity, true);
      task.assignments[party] = 'TBC';
      return { 'raci/valid-letters': 1 };
    },
  },
];
