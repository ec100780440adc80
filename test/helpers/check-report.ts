import type { Rule } from '../../src/api/types.js';
import type { Finding } from '../../src/engine/finding.js';
import type { LintResult } from '../../src/engine/lint.js';
import type { CheckReport } from '../../src/formatters/types.js';
import { builtinRules } from '../../src/rules/index.js';

const TOOL = { name: 'govlint', version: '1.2.3', informationUri: 'https://github.com/govlint/govlint' };

/** The report `govlint check` hands its formatter for a lint result: `rules` are those that ran, at their default severity. */
export function checkReport(result: LintResult, rules: readonly Rule<any>[] = builtinRules): CheckReport {
  return {
    tool: TOOL,
    findings: result.findings,
    rules: rules.map((rule) => ({ ...rule.meta, configuredSeverity: rule.meta.severity })),
    files: result.model.files.length,
    entities: result.model.entities.length,
    skipped: result.model.nonEntities
      .filter((nonEntity) => nonEntity.reason === 'no-kind')
      .map(({ file, range }) => ({ file: file.path, line: file.lines.position(range.start).line })),
    unclaimed: result.model.nonEntities
      .filter((nonEntity) => nonEntity.reason === 'unclaimed')
      .map(({ file, range }) => ({ file: file.path, line: file.lines.position(range.start).line })),
  };
}

/** A report written by hand, for formatter tests that pin every character. */
export function handReport(findings: Finding[], counts: Partial<Pick<CheckReport, 'files' | 'entities' | 'skipped' | 'unclaimed'>> = {}): CheckReport {
  return {
    tool: TOOL,
    findings,
    rules: builtinRules.map((rule) => ({ ...rule.meta, configuredSeverity: rule.meta.severity })),
    files: counts.files ?? 2,
    entities: counts.entities ?? 3,
    skipped: counts.skipped ?? [],
    unclaimed: counts.unclaimed ?? [],
  };
}

/** A finding with the fields a formatter reads; position `line:column` and an end one line further. */
export function finding(fields: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'line' | 'column' | 'message'>): Finding {
  return {
    severity: 'error',
    endLine: fields.line,
    endColumn: fields.column + 3,
    fingerprint: `${fields.ruleId}:${fields.file}:${fields.line}`,
    ...fields,
  };
}
