import { describe, it } from 'vitest';
import rule from '../../src/rules/person-overload.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const PEOPLE = 'people.yaml';
const PEOPLE_FILE = { [PEOPLE]: lines('kind: Person', 'id: priya', 'name: Priya Raman', '---', 'kind: Person', 'id: elena') };

/** Systems owned by `owner`, one per document, in systems.yaml. */
function systems(owner: string, count: number) {
  const documents = Array.from({ length: count }, (_, index) => lines('kind: System', `id: system-${index + 1}`, 'roles:', `  system-owner: ${owner}`));
  return { 'systems.yaml': documents.join('---\n') };
}

/** Priya, at her id in people.yaml. */
function priya(message: string) {
  return { file: PEOPLE, line: 2, column: 5, endLine: 2, endColumn: 10, message };
}

const THREE_SYSTEMS = { ...PEOPLE_FILE, ...systems('priya', 3) };
const TWO_SYSTEMS_AND_A_RISK = {
  ...PEOPLE_FILE,
  ...systems('priya', 2),
  'risks.yaml': lines('kind: Risk', 'id: outage', 'roles:', '  program-manager: priya'),
};

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts a person holding five owner and manager roles', files: { ...PEOPLE_FILE, ...systems('priya', 5) } },
    {
      name: 'counts a person listed twice for one role on one entity once',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 4),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-manager: [priya, priya]'),
      },
    },
    {
      name: 'counts only roles ending in -owner or -manager',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'roles.yaml': lines('kind: Role', 'id: sponsor'),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  sponsor: priya'),
      },
    },
    {
      name: "does not count a Risk's roles by default: they repeat its program's and system's",
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 5),
        'risks.yaml': Array.from({ length: 3 }, (_, index) =>
          lines('kind: Risk', `id: risk-${index + 1}`, 'roles:', '  program-manager: priya', '  system-owner: priya'),
        ).join('---\n'),
      },
    },
    { name: 'leaves people who are not Person entities to refs/resolve', files: { ...PEOPLE_FILE, ...systems('ghost', 9) } },
    { name: '`max` sets the limit: 3 roles are not more than 3', files: THREE_SYSTEMS, options: { max: 3, ignoreKinds: ['Risk'] } },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: a Risk's are not",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 2, ignoreKinds: ['Risk'] },
    },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: neither a Risk's nor a System's",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 1, ignoreKinds: ['Risk', 'System'] },
    },
  ],
  invalid: [
    {
      name: 'reports a person over the limit at their id, counting by role, across files',
      files: {
        ...PEOPLE_FILE,
        ...systems('priya', 3),
        'programs/omnichannel.yaml': lines('kind: Program', 'id: omnichannel', 'roles:', '  program-manager: priya'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  process-owner: priya', '  process-manager: [elena, priya]'),
      },
      findings: [
        priya(
          "Person 'priya' holds 6 owner and manager roles (system-owner: 3, process-manager: 1, process-owner: 1, program-manager: 1), more than 5: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ],
    },
    {
      name: 'reports a Markdown Person at its id in the front matter',
      files: { 'people/elena.md': lines('---', 'kind: Person', 'id: elena', '---', '# Elena'), ...systems('elena', 6) },
      findings: [
        {
          file: 'people/elena.md',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
          message:
            "Person 'elena' holds 6 owner and manager roles (system-owner: 6), more than 5: one person cannot give that many roles the attention they need, so hand some of them to others.",
        },
      ],
    },
    {
      name: '`max` sets the limit: 3 roles are more than 2',
      files: THREE_SYSTEMS,
      options: { max: 2, ignoreKinds: ['Risk'] },
      findings: [
        priya(
          "Person 'priya' holds 3 owner and manager roles (system-owner: 3), more than 2: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ],
    },
    {
      name: "`ignoreKinds` chooses the kinds whose roles are not counted: with none, a Risk's count",
      files: TWO_SYSTEMS_AND_A_RISK,
      options: { max: 2, ignoreKinds: [] },
      findings: [
        priya(
          "Person 'priya' holds 3 owner and manager roles (system-owner: 2, program-manager: 1), more than 2: one person cannot give that many roles the attention they need, so hand some of them to others.",
        ),
      ],
    },
  ],
});
