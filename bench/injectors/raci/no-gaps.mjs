// A party without a letter in a critical task, or a letter for somebody who is not a party.

import { matrixOf, clearCell, gapsOf } from '../../entities.mjs';

export const injectors = [
  {
    name: 'critical-task-gap', kinds: ['Raci'],
    eligible: (entity) => matrixOf(entity).tasks.some((task) => task.critical),
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks.filter((candidate) => candidate.critical));
      const party = Object.keys(task.assignments).find((candidate) => ['C', 'I'].includes(task.assignments[candidate]));
      clearCell(entity, task, party);
      return { 'raci/no-gaps': 1 };
    },
  },
  {
    name: 'became-critical', kinds: ['Raci'],
    eligible: (entity) => (!entity.raci || entity.raci.criticalColumn) && matrixOf(entity).tasks.some((task) => !task.critical && gapsOf(entity, task).length === 1),
    apply(entity, ctx) {
      const task = ctx.random.pick(matrixOf(entity).tasks.filter((candidate) => !candidate.critical && gapsOf(entity, candidate).length === 1));
      task.critical = true;
      return { 'raci/no-gaps': 1 };
    },
  },
  {
    // In YAML only: a Markdown table's columns are its parties.
    name: 'letter-for-non-party', kinds: ['Raci'],
    eligible: (entity) => !entity.raci,
    apply(entity, ctx) {
      const matrix = matrixOf(entity);
      const task = ctx.random.pick(matrix.tasks);
      task.assignments[ctx.anyone(matrix.parties)] = 'I';
      return { 'raci/no-gaps': 1 };
    },
  },
];
