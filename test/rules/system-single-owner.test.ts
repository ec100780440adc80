import { describe, it } from 'vitest';
import rule from '../../src/rules/system-single-owner.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const FILE = 'systems/pos.yaml';
const NO_OWNER =
  "System 'pos' has no system owner: name exactly one person under `roles.system-owner`, the long-term caretaker of its health, security, compliance and lifecycle.";

const PEOPLE = {
  'people.yaml': lines('kind: Person', 'id: elena', '---', 'kind: Person', 'id: marcus', '---', 'kind: Person', 'id: priya'),
};

/** System 'pos' with these rows, in systems/pos.yaml, beside three people. */
function system(...rows: string[]) {
  return { filename: FILE, code: lines('kind: System', 'id: pos', ...rows), files: PEOPLE };
}

function at([line, column, endLine, endColumn]: [number, number, number, number], message: string) {
  return { line, column, endLine, endColumn, message };
}

function several(count: number, owners: string) {
  return `System 'pos' has ${count} system owners (${owners}): keep exactly one, the long-term caretaker accountable for its health, security, compliance and lifecycle, so that no decision falls between them.`;
}

new RuleTester().run(rule, {
  valid: [
    { name: 'accepts one owner written as a single id', ...system('roles:', '  system-owner: elena') },
    { name: 'accepts one owner written as a list of one', ...system('roles:', '  system-owner: [elena]') },
    { name: 'accepts one owner beside other roles', ...system('roles:', '  system-owner: elena', '  document-owner: [marcus, priya]') },
    {
      name: 'checks Systems only: a Program or a Risk needs no system owner of its own here',
      files: { ...PEOPLE, 'gov.yaml': lines('kind: Program', 'id: omnichannel', '---', 'kind: Risk', 'id: outage') },
    },
  ],
  invalid: [
    {
      name: 'reports a system whose roles name no system owner, at `roles`',
      ...system('roles:', '  document-owner: marcus'),
      findings: [at([3, 1, 3, 6], NO_OWNER)],
    },
    {
      name: 'reports a system without roles at the first key of the entity',
      ...system('name: In-store point of sale'),
      findings: [at([1, 1, 1, 5], NO_OWNER)],
    },
    {
      name: 'reports an empty list of owners, at the list',
      ...system('roles:', '  system-owner: []'),
      findings: [at([4, 17, 4, 19], NO_OWNER)],
    },
    {
      name: 'reports two owners in a flow list, at the list',
      ...system('roles:', '  system-owner: [elena, marcus]'),
      findings: [at([4, 17, 4, 32], several(2, 'elena, marcus'))],
    },
    {
      name: 'reports three owners in a block list, from the first item to the last',
      ...system('roles:', '  system-owner:', '    - elena', '    - marcus', '    - priya'),
      findings: [at([5, 5, 7, 12], several(3, 'elena, marcus, priya'))],
    },
    {
      name: 'names the system by its file when it has no id',
      files: { ...PEOPLE, [FILE]: lines('kind: System', 'name: POS') },
      findings: [
        {
          ...at(
            [1, 1, 1, 5],
            'System in systems/pos.yaml has no system owner: name exactly one person under `roles.system-owner`, the long-term caretaker of its health, security, compliance and lifecycle.',
          ),
          file: FILE,
        },
      ],
    },
    {
      name: 'reports each system of several files and documents at its own place',
      files: {
        ...PEOPLE,
        'systems/store.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: elena', '---', 'kind: System', 'id: kiosk'),
        'systems/web.yaml': lines('kind: System', 'id: web', 'roles:', '  system-owner: [marcus, priya]'),
      },
      findings: [
        { ...at([6, 1, 6, 5], NO_OWNER.replace("'pos'", "'kiosk'")), file: 'systems/store.yaml' },
        { ...at([4, 17, 4, 32], several(2, 'marcus, priya').replace("'pos'", "'web'")), file: 'systems/web.yaml' },
      ],
    },
  ],
});
