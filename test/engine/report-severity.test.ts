import { describe, expect, it } from 'vitest';
import { defineRule, type Severity } from '../../src/api/types.js';
import { lint } from '../../src/engine/lint-here.js';
import { inputFiles, lintSetup } from '../helpers/lint-files.js';

const FILES = { 'incident.yaml': 'kind: Process\nid: incident\n' };

/** A rule at `ruleSeverity` that reports the one Process at `reported` severity. */
function run(ruleSeverity: Severity, reported: unknown) {
  const rule = defineRule({
    meta: { id: 'test/severity', description: 'Reports at a severity of its own.', severity: ruleSeverity },
    check({ model, report }) {
      for (const entity of model.ofKind('Process')) report({ entity, message: 'Reported.', severity: reported as Severity });
    },
  });
  const result = lint(inputFiles(FILES), lintSetup({ rules: [rule] }));
  return { severities: result.findings.map((finding) => [finding.severity, finding.message]), failures: result.failures.map((failure) => failure.reason) };
}

describe('a report with a severity of its own', () => {
  it('lowers the rule severity for that report only', () => {
    expect(run('warning', 'note')).toEqual({ severities: [['note', 'Reported.']], failures: [] });
    expect(run('error', 'warning')).toEqual({ severities: [['warning', 'Reported.']], failures: [] });
  });

  it('never raises it: a config that makes the rule a warning keeps its reports warnings or lower', () => {
    expect(run('warning', 'error')).toEqual({ severities: [['warning', 'Reported.']], failures: [] });
    expect(run('note', 'warning')).toEqual({ severities: [['note', 'Reported.']], failures: [] });
  });

  it("is the rule's failure when it is not a severity", () => {
    expect(run('warning', 'info').failures).toEqual(["it reported the severity 'info', not 'error', 'warning' or 'note'"]);
  });
});
