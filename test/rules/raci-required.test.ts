import { describe, it } from 'vitest';
import rule from '../../src/rules/raci-required.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const PEOPLE = lines('kind: Person', 'id: priya', '---', 'kind: Person', 'id: thomas', '---', 'kind: Person', 'id: ana');
const PROGRAM = lines('kind: Program', 'id: omni', 'roles:', '  program-manager: priya');
const raci = (scope: string) => lines('kind: Raci', 'id: cutover-raci', `scope: ${scope}`, 'parties: [priya]', 'tasks: []');
const system = (...rows: string[]) => lines('kind: System', 'id: pos', ...rows);

/** The program omni (in programs/omni.yaml) beside people and these files. */
function program(files: Record<string, string>, code = PROGRAM) {
  return { filename: 'programs/omni.yaml', code, files: { 'people.yaml': PEOPLE, ...files } };
}

const ADVICE = 'that names, for each of its tasks, one Accountable and who is Responsible, Consulted and Informed.';

new RuleTester().run(rule, {
  valid: [
    { name: 'a matrix scoped on the program', ...program({ 'raci.yaml': raci('omni') }) },
    { name: "a matrix scoped on a System whose `program` is it", ...program({ 'pos.yaml': system('program: omni'), 'raci.yaml': raci('pos') }) },
    {
      name: 'a matrix scoped on a System the program lists under `systems`',
      ...program({ 'pos.yaml': system(), 'raci.yaml': raci('pos') }, lines('kind: Program', 'id: omni', 'systems: [pos]')),
    },
    {
      name: 'a Markdown matrix scoped on the program',
      ...program({ 'raci.md': lines('---', 'kind: Raci', 'id: cutover-raci', 'scope: omni', '---', '| Task | priya |', '|---|---|', '| Approve | A/R |') }),
    },
    { name: 'a Product, which is not a major deliverable by default', filename: 'app.yaml', code: lines('kind: Product', 'id: app') },
    { name: 'no kind asked for', ...program({}), options: { kinds: [] } },
  ],
  invalid: [
    {
      name: 'a program without a matrix, at its id, naming its manager',
      ...program({}),
      findings: [{ message: `Program 'omni' has no RACI matrix: no Raci has \`scope: omni\`. Write one with priya (program-manager) ${ADVICE}`, line: 2, column: 5, endLine: 2, endColumn: 9 }],
    },
    {
      name: 'a program whose System has no matrix either, while another System has one',
      ...program({ 'pos.yaml': system('program: omni'), 'crm.yaml': lines('kind: System', 'id: crm'), 'raci.yaml': raci('crm') }),
      findings: [
        {
          message: `Program 'omni' has no RACI matrix: no Raci has \`scope: omni\` or one of its Systems. Write one with priya (program-manager) ${ADVICE}`,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 9,
        },
      ],
    },
    {
      name: 'Products as major deliverables too, by the option',
      filename: 'app.yaml',
      code: lines('kind: Product', 'id: app', 'systems: [pos]', 'roles:', '  product-manager: ana', '  product-owner: thomas'),
      files: { 'people.yaml': PEOPLE, 'pos.yaml': system() },
      options: { kinds: ['Program', 'Product'] },
      findings: [
        {
          message: `Product 'app' has no RACI matrix: no Raci has \`scope: app\` or one of its Systems. Write one with ana (product-manager), thomas (product-owner) ${ADVICE}`,
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 8,
        },
      ],
    },
  ],
});
