import { describe, it } from 'vitest';
import rule from '../../src/rules/system-one-program.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const WHY = 'a system belongs to one program, whose program manager answers for it and receives its risks and alerts';

function program(id: string, ...rows: string[]) {
  return { [`programs/${id}.yaml`]: lines('kind: Program', `id: ${id}`, ...rows) };
}

function system(...rows: string[]) {
  return { 'systems/pharmacy.yaml': lines('kind: System', 'id: pharmacy', ...rows) };
}

new RuleTester().run(rule, {
  valid: [
    { name: 'both sides agree', files: { ...program('clinical', 'systems: [pharmacy]'), ...system('program: clinical') } },
    { name: 'only the System says', files: { ...program('clinical'), ...system('program: clinical') } },
    { name: 'only the Program says', files: { ...program('clinical', 'systems: [lab, pharmacy]'), ...system('name: Pharmacy') } },
    { name: 'the Program lists it twice', files: { ...program('clinical', 'systems: [pharmacy, pharmacy]'), ...system('program: clinical') } },
    {
      name: "a `program` that names no Program is refs/resolve's finding",
      files: { ...program('surgery', 'systems: [pharmacy]'), ...system('program: surgery-old') },
    },
    {
      name: 'two Programs with one id are ids/unique’s finding',
      files: { 'programs.yaml': lines('kind: Program', 'id: clinical', '---', 'kind: Program', 'id: clinical'), ...system('program: clinical') },
    },
  ],
  invalid: [
    {
      name: "a System's `program` contradicted by another Program's `systems`, at `program`",
      files: {
        ...program('clinical', 'systems: [pharmacy]', 'roles:', '  program-manager: ann'),
        ...program('surgery', 'systems: [theatre, pharmacy]', 'roles:', '  program-manager: [bob, eve]'),
        ...system('program: clinical'),
      },
      findings: [
        {
          message: `System 'pharmacy' says \`program: clinical\` (program manager 'ann'), but Program 'surgery' (program managers 'bob' and 'eve') lists it under \`systems\`: ${WHY}, so remove it from the \`systems\` of Program 'surgery', or correct \`program\`.`,
          file: 'systems/pharmacy.yaml',
          line: 3,
          column: 10,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a System of no `program` listed by two Programs, at the second listing',
      files: { ...program('clinical', 'systems: [pharmacy]', 'roles:', '  program-manager: ann'), ...program('surgery', 'systems:', '  - theatre', '  - pharmacy'), ...system('name: Pharmacy') },
      findings: [
        {
          message: `Program 'surgery' lists System 'pharmacy' under \`systems\`, and so does Program 'clinical' (program manager 'ann'): ${WHY}, so remove it from the \`systems\` of one of them, and write the other in the System's \`program\`.`,
          file: 'programs/surgery.yaml',
          line: 5,
          column: 5,
          endColumn: 13,
        },
      ],
    },
  ],
});
