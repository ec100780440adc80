import { describe, it } from 'vitest';
import rule from '../../src/rules/risk-dual-ownership.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const FILE = 'risks/outage.yaml';
const PM_WHY = 'the person who owns it for the program (timeline, budget, stakeholders)';
const SO_WHY = 'the person who owns it for the system (technical remediation)';

/** Two people, Program 'clinical' managed by ann and delivering System 'pharmacy' owned by rachel-kim, and System 'payroll' of no program. */
const REPO = {
  'people.yaml': lines('kind: Person', 'id: ann', '---', 'kind: Person', 'id: rachel-kim', '---', 'kind: Person', 'id: omar'),
  'programs/clinical.yaml': lines('kind: Program', 'id: clinical', 'roles:', '  program-manager: ann'),
  'systems/pharmacy.yaml': lines('kind: System', 'id: pharmacy', 'program: clinical', 'roles:', '  system-owner: rachel-kim'),
  'systems/payroll.yaml': lines('kind: System', 'id: payroll', 'roles:', '  system-owner: omar'),
};

/** Risk 'outage' with these rows, in risks/outage.yaml, beside the repo (with these files replaced or added). */
function risk(rows: string[], files: Record<string, string> = {}) {
  return { filename: FILE, code: lines('kind: Risk', 'id: outage', ...rows), files: { ...REPO, ...files } };
}

function at([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { line, column, endLine, endColumn, message };
}

new RuleTester().run(rule, {
  valid: [
    {
      name: 'accepts a risk owned by a program manager and a system owner',
      ...risk(['system: pharmacy', 'program: clinical', 'roles:', '  program-manager: ann', '  system-owner: rachel-kim']),
    },
    { name: 'accepts owners written as lists', ...risk(['roles:', '  program-manager: [ann]', '  system-owner: [rachel-kim, ann]']) },
    { name: 'asks no program manager of an operational risk: its system belongs to no program', ...risk(['system: payroll', 'roles:', '  system-owner: omar']) },
    { name: 'asks no program manager of a risk linked to nothing but a system owner', ...risk(['roles:', '  system-owner: omar']) },
    { name: 'checks Risks only', files: REPO },
  ],
  invalid: [
    {
      name: "names the linked System's owner when the system owner is missing",
      ...risk(['system: pharmacy', 'program: clinical', 'roles:', '  program-manager: ann']),
      findings: [
        at(
          [5, 1, 5, 6],
          `Risk 'outage' has no system owner, ${SO_WHY}: the system owner of its System 'pharmacy' is 'rachel-kim', so name 'rachel-kim' under \`roles.system-owner\`.`,
        ),
      ],
    },
    {
      name: "names the Program's manager when the program manager of a risk of a program is missing",
      ...risk(['program: clinical', 'roles:', '  system-owner: rachel-kim']),
      findings: [
        at(
          [4, 1, 4, 6],
          `Risk 'outage' belongs to a program but has no program manager, ${PM_WHY}: the program manager of its Program 'clinical' is 'ann', so name 'ann' under \`roles.program-manager\`.`,
        ),
      ],
    },
    {
      name: "asks a program manager of a risk whose System belongs to a program, naming that program's manager",
      ...risk(['system: pharmacy', 'roles:', '  system-owner: rachel-kim']),
      findings: [
        at(
          [4, 1, 4, 6],
          `Risk 'outage' belongs to a program but has no program manager, ${PM_WHY}: the program manager of Program 'clinical', to which its System 'pharmacy' belongs, is 'ann', so name 'ann' under \`roles.program-manager\`.`,
        ),
      ],
    },
    {
      name: 'counts a System listed under a Program’s `systems` as belonging to it',
      ...risk(['system: payroll', 'roles:', '  system-owner: omar'], {
        'programs/back-office.yaml': lines('kind: Program', 'id: back-office', 'systems: [payroll]', 'roles:', '  program-manager: [ann, omar]'),
      }),
      findings: [
        at(
          [4, 1, 4, 6],
          `Risk 'outage' belongs to a program but has no program manager, ${PM_WHY}: the program managers of Program 'back-office', to which its System 'payroll' belongs, are 'ann' and 'omar', so name one of them under \`roles.program-manager\`.`,
        ),
      ],
    },
    {
      name: 'gives the plain advice when the linked entities name nobody who exists, or do not exist',
      ...risk(['system: pharmacy', 'program: surgery', 'title: Dispensing stops'], {
        'systems/pharmacy.yaml': lines('kind: System', 'id: pharmacy', 'roles:', '  system-owner: nobody'),
      }),
      findings: [
        at([1, 1, 1, 5], `Risk 'outage' belongs to a program but has no program manager: add \`roles.program-manager\`, ${PM_WHY}.`),
        at([1, 1, 1, 5], `Risk 'outage' has no system owner: add \`roles.system-owner\`, ${SO_WHY}.`),
      ],
    },
    {
      name: 'reports a missing system owner of a risk linked to nothing, at `roles`',
      ...risk(['roles:', '  program-manager: ann']),
      findings: [at([3, 1, 3, 6], `Risk 'outage' has no system owner: add \`roles.system-owner\`, ${SO_WHY}.`)],
    },
    {
      name: 'reports an empty list of holders at the list',
      ...risk(['system: payroll', 'roles:', '  system-owner: []']),
      findings: [
        at(
          [5, 17, 5, 19],
          `Risk 'outage' has no system owner, ${SO_WHY}: the system owner of its System 'payroll' is 'omar', so name 'omar' under \`roles.system-owner\`.`,
        ),
      ],
    },
    {
      name: 'does not count a role held by someone else under another role',
      ...risk(['roles:', '  program-manager: ann', '  system-owners: omar']),
      findings: [at([3, 1, 3, 6], `Risk 'outage' has no system owner: add \`roles.system-owner\`, ${SO_WHY}.`)],
    },
  ],
});
