import type { Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';
import { escapeTerminal, escapeTerminalLines } from './escape-terminal.js';
import { messageWithOwners, reported, type Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * GitHub Actions workflow commands, one line a finding, which the runner turns into annotations on the files:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 */
export const formatGithub: Formatter = (report) => reported(report.findings).map((finding) => `${command(finding)}\n`).join('');

function command(finding: Finding): string {
  // The runner drops the columns of a range that spans lines, so they are given only for a range on one line.
  const oneLine = finding.endLine === finding.line;
  const properties = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    ...(oneLine ? [`col=${finding.column}`] : []),
    `endLine=${finding.endLine}`,
    ...(oneLine ? [`endColumn=${finding.endColumn}`] : []),
    `title=${escapeProperty(finding.ruleId)}`,
  ];
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeMessage(messageWithOwners(finding))}`;
}

/**
 * The message: invisible characters shown as escapes (the log renders ANSI colours), its lines kept as lines of the
 * annotation, and `%` and line breaks encoded, so it stays on the command's line and cannot start a command of its own.
 */
function escapeMessage(text: string): string {
  return escapeTerminalLines(text).map(encodePercent).join('%0A');
}

/**
 * A property value, one line: every invisible character (line breaks too) shown as an escape, then `%`, `:` and `,`
 * encoded, so that it can neither end the list nor add a property.
 */
function escapeProperty(text: string): string {
  return encodePercent(escapeTerminal(text)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function encodePercent(text: string): string {
  return text.replace(/%/g, '%25');
}
