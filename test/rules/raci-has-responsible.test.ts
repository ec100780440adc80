import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/raci-has-responsible.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'raci/has-responsible';

// A Markdown matrix is the table whose columns name parties of the register.
const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: pm', '---', 'kind: Person', 'id: so', '---', 'kind: Person', 'id: qa') };

function check(files: Record<string, string>) {
  return findingsOf(lintFiles({ ...PEOPLE, ...files }, { rules: [rule] }), RULE).map(brief);
}

describe('raci/has-responsible', () => {
  const yaml = (assignments: string) =>
    lines('kind: Raci', 'id: go-live', 'scope: omni', 'parties: [pm, so]', 'tasks:', '  - name: Deploy', `    assignments: ${assignments}`);

  it('accepts a task with an R, alone or combined', () => {
    expect(check({ 'raci.yaml': yaml('{ pm: A, so: R }') })).toEqual([]);
    expect(check({ 'raci.yaml': yaml('{ pm: A/R, so: I }') })).toEqual([]);
    expect(check({ 'raci.yaml': yaml('{ pm: AR }') })).toEqual([]);
  });

  it('reports a task without R at its name', () => {
    expect(check({ 'raci.yaml': yaml('{ pm: A, so: C }') })).toEqual([
      {
        ruleId: RULE,
        file: 'raci.yaml',
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 17,
        message: "Task 'Deploy' of Raci 'go-live' has nobody Responsible: mark at least one party with R, the one who does the work.",
      },
    ]);
  });

  it('reports a Markdown row without R, counting the front matter lines', () => {
    const markdown = lines('---', 'kind: Raci', 'id: go-live', 'scope: omni', '---', '', '| Task | Critical | pm | so |', '| --- | --- | --- | --- |', '| Deploy | no | A | - |');
    expect(check({ 'go-live.md': markdown })).toEqual([
      {
        ruleId: RULE,
        file: 'go-live.md',
        line: 9,
        column: 3,
        endLine: 9,
        endColumn: 9,
        message: "Task 'Deploy' of Raci 'go-live' has nobody Responsible: mark at least one party with R, the one who does the work.",
      },
    ]);
  });
});
