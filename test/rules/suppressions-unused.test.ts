import { describe, expect, it } from 'vitest';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import riskDualOwnership from '../../src/rules/risk-dual-ownership.js';
import rule from '../../src/rules/suppressions-unused.js';
import { brief, findingsOf, lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

const RULE = 'suppressions/unused';

function check(text: string) {
  const result = lintFiles({ 'incident.yaml': text }, { rules: [processSingleOwner, riskDualOwnership, rule] });
  return findingsOf(result, RULE).map(brief);
}

describe('suppressions/unused', () => {
  it('accepts a suppression that silences a finding', () => {
    expect(check(lines('kind: Process', 'id: incident', '# govlint-disable-next-line process/single-owner -- merging teams', 'roles: {}'))).toEqual([]);
  });

  it('covers the next line with content and the value its key introduces', () => {
    const text = lines(
      'kind: Process',
      'id: incident',
      'roles:',
      '  # govlint-disable-next-line process/single-owner -- two owners while the teams merge',
      '',
      '  process-owner:',
      '    - ada',
      '    - grace',
    );
    expect(check(text)).toEqual([]);
  });

  it('reports a suppression whose finding is gone', () => {
    const text = lines('kind: Process', 'id: incident', '# govlint-disable-next-line process/single-owner -- merging teams', 'roles: { process-owner: ada }');
    expect(check(text)).toEqual([
      {
        ruleId: RULE,
        file: 'incident.yaml',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 66,
        message: 'This suppression of process/single-owner silences nothing: the finding it was for is gone, so remove it.',
      },
    ]);
  });

  it('reports a suppression that names a rule whose findings are elsewhere', () => {
    const text = lines('kind: Process', 'id: incident', '# govlint-disable-next-line risk/dual-ownership -- wrong rule', 'roles: {}');
    expect(check(text).map((f) => f.line)).toEqual([3]);
  });

  it('leaves suppressions with problems and expired ones to their own rules', () => {
    const text = lines(
      '# govlint-disable process/single-owner',
      'kind: Process',
      'id: incident',
      'roles: { process-owner: ada }',
      '---',
      '# govlint-disable process/single-owner -- until 2026-01-31: old exception',
      'kind: Process',
      'id: change',
      'roles: { process-owner: ada }',
      '---',
      '# govlint-disable nonexistent/rule -- typo',
      'kind: Process',
      'id: release',
      'roles: { process-owner: ada }',
    );
    expect(check(text)).toEqual([]);
  });
});
