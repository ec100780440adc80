import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/formatters/github.js';
import { finding, handReport } from '../helpers/check-report.js';

/**
 * Reads a line as the Actions runner does: `::` and the command name, properties split at `,` and the first `=`,
 * the message after the next `::`, then the escapes undone. Returns undefined for a line that is not a command.
 */
function parseCommand(line: string) {
  const trimmed = line.trim();
  if (!trimmed.startsWith('::')) return undefined;
  const end = trimmed.indexOf('::', 2);
  if (end === -1) return undefined;
  const info = trimmed.slice(2, end);
  const space = info.indexOf(' ');
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of info.slice(space + 1).split(',').filter(Boolean)) {
      const equals = pair.indexOf('=');
      properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1));
    }
  }
  return { command: space === -1 ? info : info.slice(0, space), properties, message: unescape(trimmed.slice(end + 2)) };
}

function unescape(text: string): string {
  const codes: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n', '%3A': ':', '%2C': ',' };
  return text.replace(/%(25|0D|0A|3A|2C)/g, (code) => codes[code]!);
}

describe('formatGithub', () => {
  it('writes one workflow command per finding, error, warning or notice', () => {
    const findings = [
      finding({ ruleId: 'refs/resolve', file: 'processes/incident.yaml', line: 4, column: 18, endColumn: 22, message: "Process 'incident': `roles.process-owner` names 'adah'." }),
      finding({ ruleId: 'docs/stale', severity: 'warning', file: 'docs/pos.md', line: 9, column: 11, endColumn: 21, message: "Document 'pos-sla' is overdue for review." }),
      finding({ ruleId: 'process/has-manager', severity: 'note', file: 'processes/change.yaml', line: 3, column: 1, endLine: 6, endColumn: 2, message: "Process 'change' has no manager." }),
    ];
    expect(formatGithub(handReport(findings), { color: false })).toBe(
      [
        "::error file=processes/incident.yaml,line=4,col=18,endLine=4,endColumn=22,title=refs/resolve::Process 'incident': `roles.process-owner` names 'adah'.",
        "::warning file=docs/pos.md,line=9,col=11,endLine=9,endColumn=21,title=docs/stale::Document 'pos-sla' is overdue for review.",
        "::notice file=processes/change.yaml,line=3,endLine=6,title=process/has-manager::Process 'change' has no manager.",
        '',
      ].join('\n'),
    );
  });

  it('writes nothing when there are no findings to show', () => {
    expect(formatGithub(handReport([]), { color: false })).toBe('');
    const hidden = [
      finding({ ruleId: 'ids/unique', file: 'a.yaml', line: 1, column: 1, message: 'Taken.', suppression: { justification: 'migrating' } }),
      finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'unchanged' }),
    ];
    expect(formatGithub(handReport(hidden), { color: false })).toBe('');
  });

  it('shows a finding a baseline does not know', () => {
    const output = formatGithub(handReport([finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'new' })]), { color: false });
    expect(output).toBe('::error file=d.md,line=1,col=1,endLine=1,endColumn=4,title=docs/stale::Stale.\n');
  });

  it('escapes % and line breaks in the message, and : and , too in properties, exactly as the runner undoes them', () => {
    const output = formatGithub(
      handReport([finding({ ruleId: 'a:b,c', file: 'my dir/a,line=99:b%25.yaml', line: 1, column: 2, message: '100% done\r\nnext: line, and :: colons' })]),
      { color: false },
    );
    expect(output).toBe('::error file=my dir/a%2Cline=99%3Ab%2525.yaml,line=1,col=2,endLine=1,endColumn=5,title=a%3Ab%2Cc::100%25 done%0Anext: line, and :: colons\n');
    expect(parseCommand(output.trimEnd())).toEqual({
      command: 'error',
      properties: { file: 'my dir/a,line=99:b%25.yaml', line: '1', col: '2', endLine: '1', endColumn: '5', title: 'a:b,c' },
      message: '100% done\nnext: line, and :: colons',
    });
  });

  it('cannot be made to start another command by text from the checked files', () => {
    const hostile = [
      finding({ ruleId: 'schema/valid', file: 'a.yaml', line: 1, column: 1, message: "System 'x\n::set-output name=x::y\n::add-mask::secret\r::stop-commands::token' is bad." }),
      finding({ ruleId: 'schema/valid', file: 'evil,line=1::add-mask::x\n::error::injected.yaml', line: 2, column: 1, message: '::add-mask::secret' }),
      finding({ ruleId: 'refs/resolve', file: 'b.yaml', line: 3, column: 1, message: '%0A::set-output name=x::y%0D' }),
    ];
    const output = formatGithub(handReport(hostile), { color: false });
    const lines = output.split(/\r\n|\r|\n/);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(hostile.length);
    const commands = lines.map(parseCommand);
    expect(commands.map((command) => command?.command)).toEqual(['error', 'error', 'error']);
    expect(commands.map((command) => command?.message)).toEqual(hostile.map((f) => f.message.replace(/\r\n?/g, '\n')));
    expect(commands.map((command) => command?.properties.file)).toEqual(['a.yaml', 'evil,line=1::add-mask::x\\x0a::error::injected.yaml', 'b.yaml']);
    expect(commands.map((command) => Object.keys(command!.properties))).toEqual(hostile.map(() => ['file', 'line', 'col', 'endLine', 'endColumn', 'title']));
  });

  it('shows control and zero-width characters from the checked files as escapes, in the message and the properties', () => {
    const ESC = '\u001b';
    const output = formatGithub(
      handReport([finding({ ruleId: `acme/x${ESC}[1m`, file: `ad\u200ba${ESC}[31m\u0007.yaml`, line: 1, column: 2, message: `Person 'ad\u200da\u2060\ufeff' ${ESC}[2J\u0000done.\r\nNext.` })]),
      { color: false },
    );
    expect(output).toBe(
      "::error file=ad\\u200ba\\x1b[31m\\x07.yaml,line=1,col=2,endLine=1,endColumn=5,title=acme/x\\x1b[1m::Person 'ad\\u200da\\u2060\\ufeff' \\x1b[2J\\x00done.%0ANext.\n",
    );
  });
});
