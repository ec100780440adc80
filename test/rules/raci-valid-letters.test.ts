import { describe, it } from 'vitest';
import rule from '../../src/rules/raci-valid-letters.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lines } from '../helpers/lines.js';

RuleTester.describe = describe;
RuleTester.it = it;

const PEOPLE = { 'people.yaml': lines('kind: Person', 'id: pm', '---', 'kind: Person', 'id: so') };

/** A YAML matrix whose one task gives pm and so these cells. */
function yaml(pm: string, so: string, critical = false) {
  const task = ['  - name: Approve', ...(critical ? ['    critical: true'] : []), `    assignments: { pm: '${pm}', so: '${so}' }`];
  return { filename: 'raci.yaml', code: lines('kind: Raci', 'id: go-live', 'scope: omni', 'parties: [pm, so]', 'tasks:', ...task) };
}

/** A Markdown matrix with these rows under `| Task | Critical? | pm | so |`. */
function markdown(...rows: string[]) {
  return { filename: 'raci.md', code: lines('---', 'kind: Raci', 'id: go-live', 'scope: omni', '---', '| Task | Critical? | pm | so |', '|:--|:-:|--|--|', ...rows), files: PEOPLE };
}

const notLetters = (cell: string, party: string, gap = '') =>
  `Task 'Approve' of Raci 'go-live' has '${cell}' for '${party}', which is not RACI letters${gap}: write R, A, C or I (several joined by / or , as in A/R), or leave it empty or - if '${party}' has no part.`;

new RuleTester().run(rule, {
  valid: [
    { name: 'single letters and combinations with / or , in either case, spaces around them or not', ...yaml(' A / R ', 'c,i') },
    { name: 'letters written together, as earlier versions read them', ...yaml('AR', 'r, c') },
    { name: 'no letter: empty, a dash, or the dash a word processor makes of it', ...yaml('', '\u2013') },
    { name: 'Markdown cells', ...markdown('| Approve | yes | A/R | R, C |', '| Deploy | no | a | - |', '| Notes | | **R** | |') },
  ],
  invalid: [
    {
      name: "'n/a' in YAML, which letters read from it would make an A",
      ...yaml('n/a', 'R'),
      findings: [{ message: notLetters('n/a', 'pm'), line: 7, column: 24, endLine: 7, endColumn: 29 }],
    },
    {
      name: 'two letters with only a space between them, and an unknown letter',
      ...yaml('A R', 'X'),
      findings: [
        { message: notLetters('A R', 'pm'), line: 7, column: 24, endLine: 7, endColumn: 29 },
        { message: notLetters('X', 'so'), line: 7, column: 35, endLine: 7, endColumn: 38 },
      ],
    },
    {
      name: "'TBC' on a critical Markdown task: one finding at the cell, which says it leaves a gap",
      ...markdown('| Approve | yes | TBC | a/r |'),
      findings: [{ message: notLetters('TBC', 'pm', ", so this critical task leaves 'pm' without a letter"), line: 8, column: 19, endLine: 8, endColumn: 22 }],
    },
    {
      name: "'?' on a task that is not critical",
      ...markdown('| Approve | no | A | ? |'),
      findings: [{ message: notLetters('?', 'so'), line: 8, column: 22, endLine: 8, endColumn: 23 }],
    },
  ],
});
