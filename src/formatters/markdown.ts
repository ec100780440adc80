import type { Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';
import { cellText, codeSpan, linkTarget } from './markdown-escape.js';
import { countBySeverity, ownerIds, reported, type Formatter } from './types.js';

/** The table lists at most this many findings and counts the rest, so that a pull-request comment stays readable. */
export const MARKDOWN_MAX_ROWS = 50;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/**
 * A summary for a pull-request comment or a CI job summary: a heading, the counts, and a table of the findings,
 * errors first, capped at `MARKDOWN_MAX_ROWS`.
 */
export const formatMarkdown: Formatter = (report) => {
  const shown = reported(report.findings);
  const lines = [`## ${report.tool.name}`, '', summaryLine(shown, report.entities, report.files)];
  if (shown.length > 0) {
    const docs = new Map(report.rules.map((rule) => [rule.id, rule.docs]));
    const rows = [...shown].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).slice(0, MARKDOWN_MAX_ROWS);
    lines.push('', '| Severity | File | Line | Rule | Message | Owners |', '|---|---|---:|---|---|---|');
    for (const finding of rows) lines.push(row(finding, docs.get(finding.ruleId)));
    if (shown.length > rows.length) lines.push('', `…and ${plural(shown.length - rows.length, 'more problem')}.`);
  }
  const notes = [
    countOf(report.findings.filter((finding) => finding.suppression), 'suppressed by govlint-disable comments'),
    countOf(report.findings.filter((finding) => !finding.suppression && finding.baselineState === 'unchanged'), 'already in the baseline'),
  ].filter((note) => note !== undefined);
  if (report.skipped.length > 0) notes.push(`${plural(report.skipped.length, 'document')} skipped: no \`kind\`.`);
  if (notes.length > 0) lines.push('', ...notes);
  return `${lines.join('\n')}\n`;
};

function summaryLine(findings: readonly Finding[], entities: number, files: number): string {
  const checked = `${plural(entities, 'entity', 'entities')} in ${plural(files, 'file')}`;
  if (findings.length === 0) return `✔ No problems in ${checked}.`;
  const counts = countBySeverity(findings);
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  return `${counts.error > 0 ? '✖' : '⚠'} **${plural(findings.length, 'problem')}** (${detail}) in ${checked}.`;
}

function row(finding: Finding, docs: string | undefined): string {
  // Only a web page is linked: a plugin could give a `javascript:` URL, which a renderer might keep.
  const rule = docs && /^https?:\/\//i.test(docs) ? `[${codeSpan(finding.ruleId)}](${linkTarget(docs)})` : codeSpan(finding.ruleId);
  const owners = ownerIds(finding);
  return `| ${finding.severity} | ${codeSpan(finding.file)} | ${finding.line} | ${rule} | ${cellText(finding.message)} |${owners ? ` ${cellText(owners)} ` : ' '}|`;
}

function countOf(findings: readonly Finding[], what: string): string | undefined {
  return findings.length > 0 ? `${plural(findings.length, 'finding')} ${what}.` : undefined;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
