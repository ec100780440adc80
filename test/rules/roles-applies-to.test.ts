import { describe, it } from 'vitest';
import rule from '../../src/rules/roles-applies-to.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const ROLES = {
  'roles.yaml': lines(
    'kind: Role',
    'id: budget-owner',
    'appliesTo: [Program, Process]',
    '---',
    'kind: Role',
    'id: sponsor',
    '---',
    'kind: Role',
    'id: auditor',
    'appliesTo: [System]',
  ),
};

new RuleTester().run(rule, {
  valid: [
    {
      name: 'accepts roles held on the kinds they apply to, and roles that say nothing',
      files: {
        ...ROLES,
        'programs/omni.yaml': lines('kind: Program', 'id: omni', 'roles:', '  budget-owner: ana', '  sponsor: ben'),
        'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  auditor: ana', '  sponsor: ana', '  system-owner: ben'),
      },
    },
    {
      name: 'accepts a Role whose appliesTo is empty: it restricts nothing',
      files: { 'roles.yaml': lines('kind: Role', 'id: sponsor', 'appliesTo: []'), 'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  sponsor: ana') },
    },
  ],
  invalid: [
    {
      name: 'reports a role held on a kind its Role does not apply to, at the role key',
      files: {
        ...ROLES,
        'systems/pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  budget-owner: ana', '  auditor: ben'),
        'processes/incident.yaml': lines('kind: Process', 'id: incident', 'roles:', '  auditor: ben'),
      },
      findings: [
        {
          file: 'processes/incident.yaml',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 10,
          message:
            "Process 'incident' assigns role 'auditor', but Role 'auditor' applies only to System (its `appliesTo`, in roles.yaml): assign the role on a System instead, or add Process to its `appliesTo` if the role belongs here too.",
        },
        {
          file: 'systems/pos.yaml',
          line: 4,
          column: 3,
          endColumn: 15,
          message:
            "System 'pos' assigns role 'budget-owner', but Role 'budget-owner' applies only to Program and Process (its `appliesTo`, in roles.yaml): assign the role on one of those instead, or add System to its `appliesTo` if the role belongs here too.",
        },
      ],
    },
    {
      name: 'reports a kind in appliesTo that does not exist, suggesting the closest',
      files: { 'roles.yaml': lines('kind: Role', 'id: budget-owner', 'appliesTo: [Program, Proces]') },
      findings: [
        {
          file: 'roles.yaml',
          line: 3,
          column: 22,
          endColumn: 28,
          message: "Role 'budget-owner': `appliesTo` names 'Proces', which is not a kind (did you mean 'Process'?): correct it, or the role is reported on every entity of the kind meant.",
        },
      ],
    },
  ],
});
