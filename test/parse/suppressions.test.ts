import { describe, expect, it } from 'vitest';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import { brief, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

describe('govlint-disable before a document', () => {
  it.each([
    ['...', 4, lines('# govlint-disable process/single-owner -- owners change hands this quarter', 'kind: Process', 'id: incident', '...', 'kind: Process', 'id: change')],
    ['---', 3, lines('# govlint-disable process/single-owner -- owners change hands this quarter', 'kind: Process', 'id: incident', '---', 'kind: Process', 'id: change')],
  ])('covers its own document only, when documents end with %s (through line %i)', (_, lastLine, text) => {
    const result = lintFiles({ 'processes.yaml': text }, { rules: [processSingleOwner] });
    expect(result.findings.filter((finding) => !finding.suppression).map(brief)).toEqual([
      {
        ruleId: 'process/single-owner',
        file: 'processes.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 5,
        message: "Process 'change' has no process owner: name exactly one person under `roles.process-owner`, accountable for the process's design and improvement.",
      },
    ]);
    expect(result.model.suppressions.map(({ from, to }) => [from, to])).toEqual([[1, lastLine]]);
  });

  it('covers its own document only when it is not the first one of the file', () => {
    const text = lines('kind: Process', 'id: incident', '---', 'kind: Process', 'id: change', '---', '# govlint-disable process/single-owner -- being merged', 'kind: Process', 'id: intake');
    const result = lintFiles({ 'processes.yaml': text }, { rules: [processSingleOwner] });
    expect(result.findings.map((finding) => [finding.line, finding.suppression?.justification])).toEqual([
      [1, undefined],
      [4, undefined],
      [8, 'being merged'],
    ]);
    expect(result.model.suppressions.map(({ from, to }) => [from, to])).toEqual([[7, 9]]);
  });
});
