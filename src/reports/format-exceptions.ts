import { escapeTerminal } from '../formatters/escape-terminal.js';
import { cellText, codeSpan } from '../formatters/markdown-escape.js';
import type { Exception, ExceptionState } from './exceptions.js';

const HEADINGS: Record<ExceptionState, string> = {
  'in-force': 'In force',
  expired: 'Expired: they silence nothing any more',
  unused: 'Unused: they silence nothing',
  invalid: 'Not valid: they silence nothing',
};

/** The exceptions as JSON: `{ exceptions: [...], summary: { in-force, expiring, expired, unused, invalid } }`. */
export function exceptionsJson(exceptions: readonly Exception[]): string {
  return `${JSON.stringify({ exceptions, summary: summaryOf(exceptions) }, null, 2)}\n`;
}

/** The exceptions for a terminal: a section per state, one entry per suppression with what it sets aside and why. */
export function exceptionsText(exceptions: readonly Exception[]): string {
  if (exceptions.length === 0) return 'No govlint-disable comments: no exceptions.\n';
  const lines: string[] = [];
  for (const [state, group] of groups(exceptions)) {
    lines.push(`${HEADINGS[state]} (${group.length})`);
    for (const exception of group) {
      lines.push(`  ${escapeTerminal(exception.file)}:${exception.line}:${exception.column}  ${exception.rules.map(escapeTerminal).join(', ') || '(no rule)'}${subject(exception)}`);
      for (const detail of details(exception)) lines.push(`    ${escapeTerminal(detail)}`);
    }
    lines.push('');
  }
  lines.push(summaryLine(exceptions));
  return `${lines.join('\n')}\n`;
}

/** The exceptions for a steering-committee page or a pull-request comment: a table per state. */
export function exceptionsMarkdown(exceptions: readonly Exception[]): string {
  const lines = ['## Exceptions', '', summaryLine(exceptions)];
  for (const [state, group] of groups(exceptions)) {
    lines.push('', `### ${HEADINGS[state]}`, '', '| Where | Rules | Entity | Reason | Approved by | Until |', '|---|---|---|---|---|---|');
    for (const exception of group) {
      const entity = exception.entity ? cellText(`${exception.entity.kind}${exception.entity.id === undefined ? '' : ` '${exception.entity.id}'`}`) : '';
      const why = exception.problem ?? exception.reason ?? '';
      lines.push(
        `| ${codeSpan(`${exception.file}:${exception.line}`)} | ${exception.rules.map(codeSpan).join(', ')} | ${entity} | ${cellText(why)} | ${exception.approvedBy ? codeSpan(exception.approvedBy) : ''} | ${cellText(untilText(exception))} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function groups(exceptions: readonly Exception[]): Array<[ExceptionState, Exception[]]> {
  const byState = new Map<ExceptionState, Exception[]>();
  for (const exception of exceptions) byState.set(exception.state, [...(byState.get(exception.state) ?? []), exception]);
  return [...byState];
}

function subject(exception: Exception): string {
  if (!exception.entity) return '';
  return `  in ${exception.entity.kind}${exception.entity.id === undefined ? '' : ` '${exception.entity.id}'`}`;
}

function details(exception: Exception): string[] {
  const lines: string[] = [];
  if (exception.problem) lines.push(`not valid: ${exception.problem}`);
  else if (exception.reason) lines.push(`reason: ${exception.reason}`);
  if (exception.approvedBy) lines.push(`approved by: ${exception.approvedBy}`);
  const until = untilText(exception);
  if (until) lines.push(`until: ${until}`);
  if (exception.state === 'in-force') lines.push(`silences ${exception.silenced} finding${exception.silenced === 1 ? '' : 's'}`);
  return lines;
}

/** `2027-03-31 (116 days left)`, `2026-09-30 (expired 53 days ago)`, or `no expiry date`. */
function untilText(exception: Exception): string {
  if (exception.state === 'invalid') return '';
  if (exception.until === undefined || exception.daysLeft === undefined) return 'no expiry date';
  const days = exception.daysLeft;
  if (days < 0) return `${exception.until} (expired ${-days} day${days === -1 ? '' : 's'} ago)`;
  const left = days === 0 ? 'expires today' : `${days} day${days === 1 ? '' : 's'} left`;
  return `${exception.until} (${left}${exception.expiring ? ', expiring soon' : ''})`;
}

function summaryOf(exceptions: readonly Exception[]): Record<ExceptionState | 'expiring', number> {
  const count = (state: ExceptionState) => exceptions.filter((exception) => exception.state === state).length;
  return {
    'in-force': count('in-force'),
    expiring: exceptions.filter((exception) => exception.expiring && exception.state === 'in-force').length,
    expired: count('expired'),
    unused: count('unused'),
    invalid: count('invalid'),
  };
}

function summaryLine(exceptions: readonly Exception[]): string {
  const summary = summaryOf(exceptions);
  return `${summary['in-force']} in force (${summary.expiring} expiring soon), ${summary.expired} expired, ${summary.unused} unused, ${summary.invalid} not valid.`;
}
