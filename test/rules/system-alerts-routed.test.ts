import { describe, it } from 'vitest';
import rule from '../../src/rules/system-alerts-routed.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const FILE = 'systems/pharmacy.yaml';
const BOTH = 'both the system owner and the program manager must receive them, one to fix the system, the other to re-plan and inform stakeholders';
const OWNER_ONLY = 'the system owner must receive them, to fix the system';

/** Program 'clinical' managed by ann, which lists System 'pharmacy', and an on-call Role. */
const REPO = {
  'people.yaml': lines('kind: Person', 'id: ann', '---', 'kind: Person', 'id: rachel-kim', '---', 'kind: Person', 'id: omar'),
  'programs/clinical.yaml': lines('kind: Program', 'id: clinical', 'systems: [pharmacy]', 'roles:', '  program-manager: ann'),
  'roles/on-call.yaml': lines('kind: Role', 'id: on-call'),
};

/** System 'pharmacy', owned by rachel-kim, with these rows, beside the repo (with these files replaced or added). */
function system(rows: string[], files: Record<string, string> = {}) {
  return { filename: FILE, code: lines('kind: System', 'id: pharmacy', 'roles:', '  system-owner: rachel-kim', ...rows), files: { ...REPO, ...files } };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'both roles, by role id', ...system(['alerts:', '  compliance: [system-owner, program-manager]', '  operational: [program-manager, system-owner, on-call]']) },
    { name: 'both people, by person id', ...system(['alerts:', '  compliance: [rachel-kim, ann]']) },
    { name: 'a role and a person', ...system(['alerts:', '  operational: [system-owner, ann]']) },
    {
      name: 'a system of no program needs only its owner',
      ...system(['alerts:', '  operational: [system-owner]'], { 'programs/clinical.yaml': lines('kind: Program', 'id: clinical') }),
    },
    {
      name: 'a program manager who owns a system of another program is no recipient here, nor needed',
      ...system(['alerts:', '  operational: [rachel-kim, program-manager]'], {
        'programs/surgery.yaml': lines('kind: Program', 'id: surgery', 'roles:', '  program-manager: rachel-kim'),
      }),
    },
    { name: 'without `alerts`, nothing is asked by default', ...system(['lifecycle: active', 'compliance: [HIPAA]']) },
    {
      name: 'with `require`, a planned system is not asked',
      ...system(['lifecycle: planned', 'compliance: [HIPAA]']),
      options: { require: true },
    },
    {
      name: 'with `require`, a system without compliance obligations is asked for operational alerts only',
      ...system(['lifecycle: active', 'alerts:', '  operational: [system-owner, program-manager]']),
      options: { require: true },
    },
  ],
  invalid: [
    {
      name: 'compliance alerts that miss the program manager, at the list',
      ...system(['alerts:', '  compliance: [system-owner, on-call]']),
      findings: [
        {
          message: `System 'pharmacy' routes its compliance alerts to 'system-owner', 'on-call', but not to the program manager of Program 'clinical' ('ann'): ${BOTH}, so add \`program-manager\` (or 'ann') to \`alerts.compliance\`.`,
          line: 6,
          column: 15,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'operational alerts that miss both',
      ...system(['alerts:', '  operational:', '    - omar']),
      findings: [
        {
          message: `System 'pharmacy' routes its operational alerts to 'omar', but not to its system owner ('rachel-kim') or to the program manager of Program 'clinical' ('ann'): ${BOTH}, so add \`system-owner\` (or 'rachel-kim') and \`program-manager\` (or 'ann') to \`alerts.operational\`.`,
          line: 7,
          column: 5,
        },
      ],
    },
    {
      name: 'an empty list routes to nobody; a program with no manager is asked by role',
      ...system(['program: surgery', 'alerts:', '  operational: []'], {
        'programs/clinical.yaml': lines('kind: Program', 'id: clinical'),
        'programs/surgery.yaml': lines('kind: Program', 'id: surgery'),
      }),
      findings: [
        {
          message: `System 'pharmacy' routes its operational alerts to nobody: ${BOTH}, so add \`system-owner\` (or 'rachel-kim') and \`program-manager\` to \`alerts.operational\`.`,
          line: 7,
          column: 16,
        },
      ],
    },
    {
      name: 'with `require`, a system in operation that does not say where its alerts go, at `alerts` or the first key',
      ...system(['lifecycle: deprecated', 'compliance: [HIPAA]']),
      options: { require: true },
      findings: [
        {
          message: `System 'pharmacy' is deprecated but does not say where its operational alerts go: ${BOTH}, so add \`alerts.operational\` naming \`system-owner\` (or 'rachel-kim') and \`program-manager\` (or 'ann').`,
          line: 1,
          column: 1,
        },
        {
          message: `System 'pharmacy' is deprecated with compliance obligations but does not say where its compliance alerts go: ${BOTH}, so add \`alerts.compliance\` naming \`system-owner\` (or 'rachel-kim') and \`program-manager\` (or 'ann').`,
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'with `require`, a missing stream beside another, at `alerts`',
      ...system(['lifecycle: active', 'compliance: [HIPAA]', 'alerts:', '  operational: [system-owner]'], {
        'programs/clinical.yaml': lines('kind: Program', 'id: clinical'),
      }),
      options: { require: true },
      findings: [
        {
          message: `System 'pharmacy' is active with compliance obligations but does not say where its compliance alerts go: ${OWNER_ONLY}, so add \`alerts.compliance\` naming \`system-owner\` (or 'rachel-kim').`,
          line: 7,
          column: 1,
        },
      ],
    },
  ],
});
