import { countBySeverity, reported, type Formatter } from './types.js';

/** A stable JSON document: every finding not suppressed, with its position and entity, and a summary. Keys keep a fixed order. */
export const formatJson: Formatter = (report) => {
  const shown = reported(report.findings);
  const findings = shown.map((finding) => ({
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
    owners: (finding.owners ?? []).map(({ id, name, email, roles }) => ({ id, name: name ?? null, email: email ?? null, roles })),
    fingerprint: finding.fingerprint,
  }));
  const summary = {
    ...countBySeverity(shown),
    suppressed: report.findings.filter((finding) => finding.suppression).length,
    inBaseline: report.findings.filter((finding) => !finding.suppression && finding.baselineState === 'unchanged').length,
    files: report.files,
    entities: report.entities,
    skipped: report.skipped,
    unclaimed: report.unclaimed,
  };
  return `${JSON.stringify({ version: report.tool.version, findings, summary }, null, 2)}\n`;
};
