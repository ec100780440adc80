import { Chalk } from 'chalk';
import type { Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';
import { escapeTerminal } from './escape-terminal.js';
import { countBySeverity, ownerIds, reported, type Formatter } from './types.js';

const SKIPPED_SHOWN = 5;

/** Findings grouped by file, one per line (`line:col  severity  message  rule  → owners`), then a summary. */
export const formatText: Formatter = (report, { color }) => {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const severityColor: Record<Severity, (text: string) => string> = {
    error: paint.red,
    warning: paint.yellow,
    note: paint.blue,
  };
  const lines: string[] = [];
  const shown = reported(report.findings);
  for (const [file, findings] of groupByFile(shown)) {
    lines.push(paint.underline(escapeTerminal(file)));
    // Folded, not spread into Math.max: a spread of a hundred thousand findings overflows the stack.
    const positionWidth = findings.reduce((width, f) => Math.max(width, `${f.line}:${f.column}`.length), 0);
    const severityWidth = findings.reduce((width, f) => Math.max(width, f.severity.length), 0);
    for (const finding of findings) {
      const position = `${finding.line}:${finding.column}`.padEnd(positionWidth);
      const severity = severityColor[finding.severity](finding.severity.padEnd(severityWidth));
      const owners = ownerIds(finding);
      const to = owners ? `  ${paint.cyan(`→ ${escapeTerminal(owners)}`)}` : '';
      lines.push(`  ${paint.dim(position)}  ${severity}  ${escapeTerminal(finding.message)}  ${paint.dim(escapeTerminal(finding.ruleId))}${to}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(shown, report.entities, report.files, paint));
  const suppressed = report.findings.filter((finding) => finding.suppression).length;
  if (suppressed > 0) lines.push(`${plural(suppressed, 'finding')} suppressed by govlint-disable comments.`);
  const known = report.findings.filter((finding) => !finding.suppression && finding.baselineState === 'unchanged').length;
  if (known > 0) lines.push(`${plural(known, 'finding')} already in the baseline.`);
  if (report.skipped.length > 0) lines.push(skippedLine(report.skipped));
  if (report.unclaimed.length > 0) lines.push(unclaimedLine(report.unclaimed));
  return `${lines.join('\n')}\n`;
};

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return groups;
}

function summaryLine(findings: readonly Finding[], entities: number, files: number, paint: InstanceType<typeof Chalk>): string {
  const checked = `${plural(entities, 'entity', 'entities')} in ${plural(files, 'file')}`;
  if (findings.length === 0) return paint.green(`✔ No problems in ${checked}.`);
  const counts = countBySeverity(findings);
  const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
  const mark = counts.error > 0 ? paint.red.bold('✖') : paint.yellow.bold('⚠');
  return `${mark} ${plural(findings.length, 'problem')} (${detail}) in ${checked}.`;
}

function skippedLine(skipped: readonly { file: string; line: number }[]): string {
  const shown = skipped.slice(0, SKIPPED_SHOWN).map(({ file, line }) => escapeTerminal(line > 1 ? `${file}:${line}` : file));
  const more = skipped.length > SKIPPED_SHOWN ? `, and ${skipped.length - SKIPPED_SHOWN} more (-f json lists them all)` : '';
  const files = new Set(skipped.map(({ file }) => file)).size;
  const what = files === skipped.length ? plural(files, 'file') : `${plural(skipped.length, 'document')} in ${plural(files, 'file')}`;
  return `${what} skipped: no kind (${shown.join(', ')}${more}).`;
}

/** Documents of other tools (Kubernetes manifests beside a catalog) are counted, so that a catalog left unread is noticed. */
function unclaimedLine(unclaimed: readonly { file: string; line: number }[]): string {
  const shown = unclaimed.slice(0, SKIPPED_SHOWN).map(({ file, line }) => escapeTerminal(line > 1 ? `${file}:${line}` : file));
  const more = unclaimed.length > SKIPPED_SHOWN ? `, and ${unclaimed.length - SKIPPED_SHOWN} more (-f json lists them all)` : '';
  return `${plural(unclaimed.length, 'document')} of other formats left alone: an \`apiVersion\` that no adapter reads (${shown.join(', ')}${more}).`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
