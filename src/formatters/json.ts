import { countBySeverity, type Formatter } from './types.js';

/** A stable JSON document: every finding with its position and entity, and a summary. Keys keep a fixed order. */
export const formatJson: Formatter = (report) => {
  const findings = report.findings.map((finding) => ({
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    file: finding.file,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    entity: finding.entity ?? null,
    related: finding.related ?? [],
    fingerprint: finding.fingerprint,
  }));
  const summary = {
    ...countBySeverity(report.findings),
    files: report.files,
    entities: report.entities,
    skipped: report.skipped,
  };
  return `${JSON.stringify({ version: report.tool.version, findings, summary }, null, 2)}\n`;
};
