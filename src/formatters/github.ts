import type { Severity } from '../api/types.js';
import type { Finding } from '../engine/finding.js';
import { reported, type Formatter } from './types.js';

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
  return `::${COMMAND[finding.severity]} ${properties.join(',')}::${escapeData(finding.message)}`;
}

/** The message: `%`, CR and LF are encoded, so it stays on the command's line and cannot start a command of its own. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as the message, and `:` and `,` too, so that it can neither end the list nor add a property. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
