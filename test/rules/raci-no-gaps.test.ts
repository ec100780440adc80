import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/raci-no-gaps.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'raci/no-gaps';

// A Markdown matrix is the table whose columns name parties of the register.
const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: pm', '---', 'kind: Person', 'id: so', '---', 'kind: Person', 'id: qa') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function gap(file: string, [line, column, endLine, endColumn]: number[], party: string) {
  return {
    ruleId: RULE,
    file,
    line: line!,
    column: column!,
    endLine: endLine!,
    endColumn: endColumn!,
    message: `Task 'Approve' of Raci 'go-live' is critical but leaves '${party}' without a letter: give them R, A, C or I.`,
  };
}

const markdown = (...rows: string[]) =>
  lines('---', 'kind: Raci', 'id: go-live', 'scope: omni', '---', '| Task | Critical | pm | so | qa |', '|:--|:-:|--|--|--|', ...rows);

describe('raci/no-gaps', () => {
  it('accepts a critical task where every party has a letter, and gaps in tasks that are not critical', () => {
    expect(check({ 'raci.md': markdown('| Approve | yes | A | R | I |', '| Tidy up | no | A | R | - |', '| Notes | | R | A | |') })).toEqual([]);
  });

  it('reports each "-" and empty cell of a critical Markdown task at the cell', () => {
    expect(check({ 'raci.md': markdown('| Approve | x | A | - |  |') })).toEqual([
      gap('raci.md', [8, 21, 8, 22], 'so'),
      gap('raci.md', [8, 24, 8, 26], 'qa'),
    ]);
  });

  it('reports a missing row cell at the end of the row', () => {
    expect(check({ 'raci.md': markdown('| Approve | true | A | R |') })).toEqual([gap('raci.md', [8, 27, 8, 27], 'qa')]);
  });

  it('reports a party missing from a critical YAML task at the `assignments` key', () => {
    const yaml = lines('kind: Raci', 'id: go-live', 'scope: omni', 'parties: [pm, so]', 'tasks:', '  - name: Approve', '    critical: true', '    assignments:', '      pm: A/R');
    expect(check({ 'raci.yaml': yaml })).toEqual([gap('raci.yaml', [8, 5, 8, 16], 'so')]);
  });

  it('reports letters given to someone who is not a party, at the key', () => {
    const yaml = lines('kind: Raci', 'id: go-live', 'scope: omni', 'parties: [pm]', 'tasks:', '  - name: Approve', '    assignments: { pm: A/R, bob: I }');
    expect(check({ 'raci.yaml': yaml })).toEqual([
      {
        ruleId: RULE,
        file: 'raci.yaml',
        line: 7,
        column: 29,
        endLine: 7,
        endColumn: 32,
        message: "Task 'Approve' of Raci 'go-live' gives letters to 'bob', who is not one of the matrix's parties: add 'bob' to `parties` or remove the letters.",
      },
    ]);
  });
});

RuleTester.describe = describe;
RuleTester.it = it;

/** A Markdown matrix as people write them: a legend table first, the matrix in a list, `Critical?`, a party in a code span. */
const MATRIX_AFTER_LEGEND = (row: string) =>
  lines(
    '---',
    'kind: Raci',
    'id: go-live',
    'scope: omni',
    '---',
    '| Letter | Meaning |',
    '|---|---|',
    '| A | Accountable \\| signs off |',
    '',
    '- Cut-over tasks:',
    '',
    '  | Task | Critical? | `pm` | so |',
    '  |:--|:-:|:-:|:-:|',
    `  ${row}`,
  );

new RuleTester().run(rule, {
  valid: [
    { name: 'a cell that is not letters is raci/valid-letters\' finding, not a second one here', filename: 'raci.md', code: markdown('| Approve | yes | A | R | TBC |'), files: PEOPLE },
    { name: 'the matrix after a legend table, with every party given a letter', filename: 'raci.md', code: MATRIX_AFTER_LEGEND('| Approve \\| sign | yes | A | R |'), files: PEOPLE },
  ],
  invalid: [
    {
      name: 'the matrix after a legend table, inside a list, with an escaped pipe, a code span and a `Critical?` column',
      filename: 'raci.md',
      code: MATRIX_AFTER_LEGEND('| Approve \\| sign | yes | A | - |'),
      files: PEOPLE,
      findings: [
        {
          message: "Task 'Approve | sign' of Raci 'go-live' is critical but leaves 'so' without a letter: give them R, A, C or I.",
          line: 14,
          column: 33,
          endLine: 14,
          endColumn: 34,
        },
      ],
    },
  ],
});
