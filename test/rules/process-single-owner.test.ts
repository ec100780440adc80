import { describe, it } from 'vitest';
import rule from '../../src/rules/process-single-owner.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const NO_OWNER =
  "Process 'incident' has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.";

/** The process under test, in processes/incident.yaml, beside three people. */
function process(...rows: string[]) {
  return {
    filename: 'processes/incident.yaml',
    code: lines(...rows),
    files: { 'people.yaml': lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '---', 'kind: Person', 'id: alan') },
  };
}

function at([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { line, column, endLine, endColumn, message };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts one owner written as a single id', ...process('kind: Process', 'id: incident', 'roles:', '  process-owner: ada') },
    { name: 'accepts one owner written as a list of one', ...process('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada]') },
    {
      name: 'accepts one owner with many managers',
      ...process('kind: Process', 'id: incident', 'roles:', '  process-owner: ada', '  process-manager: [grace, alan]'),
    },
    { name: 'checks Processes only', ...process('kind: System', 'id: pos') },
  ],
  invalid: [
    {
      name: 'reports a process with managers but no owner, at `roles`',
      ...process('kind: Process', 'id: incident', 'roles:', '  process-manager: [grace, alan]'),
      findings: [at([3, 1, 3, 6], NO_OWNER)],
    },
    {
      name: 'reports two owners in a list, at the list',
      ...process('kind: Process', 'id: incident', 'roles:', '  process-owner: [ada, grace]'),
      findings: [
        at(
          [4, 18, 4, 30],
          "Process 'incident' has 2 process owners (ada, grace): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.",
        ),
      ],
    },
    {
      name: 'reports two owners in a block list',
      ...process('kind: Process', 'id: incident', 'roles:', '  process-owner:', '    - ada', '    - grace', '    - alan'),
      findings: [
        at(
          [5, 5, 7, 11],
          "Process 'incident' has 3 process owners (ada, grace, alan): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.",
        ),
      ],
    },
    {
      name: 'reports an empty list of owners, at the list',
      ...process('kind: Process', 'id: incident', 'roles:', '  process-owner: []'),
      findings: [at([4, 18, 4, 20], NO_OWNER)],
    },
    {
      name: 'reports a process without roles at the first key of the entity',
      ...process('kind: Process', 'id: incident', 'name: Incident management'),
      findings: [at([1, 1, 1, 5], NO_OWNER)],
    },
    {
      name: 'names the process by its file when it has no id',
      ...process('name: Incident management', 'kind: Process'),
      findings: [
        at(
          [1, 1, 1, 5],
          "Process in processes/incident.yaml has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.",
        ),
      ],
    },
    {
      name: 'reports each process of a multi-document file at its own lines',
      ...process('kind: Process', 'id: change', 'roles:', '  process-owner: ada', '---', 'kind: Process', 'id: incident'),
      findings: [at([6, 1, 6, 5], NO_OWNER)],
    },
  ],
});
