import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from '../../src/rules/raci-single-accountable.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'raci/single-accountable';

// A Markdown matrix is the table whose columns name parties of the register.
const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: pm', '---', 'kind: Person', 'id: so', '---', 'kind: Person', 'id: qa') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

function yamlMatrix(...task: string[]) {
  return lines('kind: Raci', 'id: go-live', 'scope: omni', 'parties: [pm, so, qa]', 'tasks:', ...task);
}

function markdownMatrix(...rows: string[]) {
  return lines('---', 'kind: Raci', 'id: go-live', 'scope: omni', '---', '# Go-live', '', '| Task | pm | so | qa |', '|---|---|---|---|', ...rows);
}

describe('raci/single-accountable', () => {
  it('accepts one A per task, alone or combined with R', () => {
    const yaml = yamlMatrix('  - name: Approve', '    assignments: { pm: A, so: R, qa: C }', '  - name: Deploy', '    assignments: { so: A/R }');
    expect(check({ 'raci.yaml': yaml })).toEqual([]);
    expect(check({ 'raci.md': markdownMatrix('| Approve | A | R | C |', '| Deploy | | a/r | |') })).toEqual([]);
  });

  it('reports a YAML task with no A at its name', () => {
    expect(check({ 'raci.yaml': yamlMatrix('  - name: Approve', '    assignments: { pm: R, so: C }') })).toEqual([
      {
        ruleId: RULE,
        file: 'raci.yaml',
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 18,
        message: "Task 'Approve' of Raci 'go-live' has no Accountable: mark exactly one party with A, the one who answers for the task.",
      },
    ]);
  });

  it('reports a Markdown row with no A at its first cell', () => {
    expect(check({ 'raci.md': markdownMatrix('| Approve | R | C | - |') })).toEqual([
      {
        ruleId: RULE,
        file: 'raci.md',
        line: 10,
        column: 3,
        endLine: 10,
        endColumn: 10,
        message: "Task 'Approve' of Raci 'go-live' has no Accountable: mark exactly one party with A, the one who answers for the task.",
      },
    ]);
  });

  it('reports two Accountables at the second one, with the first as a related place', () => {
    const [finding] = findingsOf(lintFiles({ ...PEOPLE, 'raci.md': markdownMatrix('| Approve | A | R | A |') }, { rules: [rule] }), RULE);
    expect(brief(finding!)).toEqual({
      ruleId: RULE,
      file: 'raci.md',
      line: 10,
      column: 21,
      endLine: 10,
      endColumn: 22,
      message: "Task 'Approve' of Raci 'go-live' has 2 Accountables (pm, qa): keep A for exactly one of them and make the others R, C or I.",
    });
    expect(finding!.related).toEqual([{ file: 'raci.md', line: 10, column: 13, endLine: 10, endColumn: 14, message: 'pm is also Accountable.' }]);
  });
});

RuleTester.describe = describe;
RuleTester.it = it;

const TWO_ACCOUNTABLES = "Task 'Approve' of Raci 'go-live' has 2 Accountables (pm, so): keep A for exactly one of them and make the others R, C or I.";

new RuleTester().run(rule, {
  valid: [
    { name: "'n/a' is not an A (raci/valid-letters reports it)", filename: 'raci.md', code: markdownMatrix('| Approve | A | n/a | R |'), files: PEOPLE },
    { name: "letters as people write them: 'a / r', 'R, C'", filename: 'raci.md', code: markdownMatrix('| Approve | a / r | R, C | I |'), files: PEOPLE },
  ],
  invalid: [
    {
      name: 'two Accountables written with spaces and a comma',
      filename: 'raci.md',
      code: markdownMatrix('| Approve | A | R, A | C |'),
      files: PEOPLE,
      findings: [{ message: TWO_ACCOUNTABLES, line: 10, column: 17, endLine: 10, endColumn: 21 }],
    },
  ],
});
