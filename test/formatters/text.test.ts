import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/formatters/text.js';
import { finding, handReport } from '../helpers/check-report.js';

const ESC = '\u001b';

const FINDINGS = [
  finding({ ruleId: 'refs/resolve', file: 'processes/incident.yaml', line: 4, column: 18, message: "Process 'incident': `roles.process-owner` names 'adah', but there is no Person with that id." }),
  finding({ ruleId: 'process/single-owner', file: 'processes/incident.yaml', line: 12, column: 3, message: "Process 'change' has no process owner." }),
  finding({ ruleId: 'docs/stale', severity: 'warning', file: 'systems/pos.yaml', line: 3, column: 11, message: "Document 'pos-sla' is overdue for review." }),
];

describe('formatText', () => {
  it('groups findings by file, aligns positions and severities within a file, and ends with a summary', () => {
    expect(formatText(handReport(FINDINGS, { files: 5, entities: 9 }), { color: false })).toBe(
      [
        'processes/incident.yaml',
        "  4:18  error  Process 'incident': `roles.process-owner` names 'adah', but there is no Person with that id.  refs/resolve",
        "  12:3  error  Process 'change' has no process owner.  process/single-owner",
        '',
        'systems/pos.yaml',
        "  3:11  warning  Document 'pos-sla' is overdue for review.  docs/stale",
        '',
        '✖ 3 problems (2 errors, 1 warning, 0 notes) in 9 entities in 5 files.',
        '',
      ].join('\n'),
    );
  });

  it('pads severities to the longest in the file', () => {
    const findings = [
      finding({ ruleId: 'a/b', file: 'x.yaml', line: 1, column: 1, message: 'One.' }),
      finding({ ruleId: 'a/c', severity: 'warning', file: 'x.yaml', line: 2, column: 1, message: 'Two.' }),
      finding({ ruleId: 'a/d', severity: 'note', file: 'x.yaml', line: 10, column: 1, message: 'Three.' }),
    ];
    expect(formatText(handReport(findings, { files: 1, entities: 1 }), { color: false })).toBe(
      [
        'x.yaml',
        '  1:1   error    One.  a/b',
        '  2:1   warning  Two.  a/c',
        '  10:1  note     Three.  a/d',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 note) in 1 entity in 1 file.',
        '',
      ].join('\n'),
    );
  });

  it('marks a report of warnings only with a warning sign', () => {
    const findings = [finding({ ruleId: 'docs/stale', severity: 'warning', file: 'd.md', line: 2, column: 1, message: 'Stale.' })];
    const output = formatText(handReport(findings, { files: 1, entities: 1 }), { color: false });
    expect(output.split('\n').at(-2)).toBe('⚠ 1 problem (0 errors, 1 warning, 0 notes) in 1 entity in 1 file.');
  });

  it('says so when there are no problems', () => {
    expect(formatText(handReport([], { files: 1, entities: 1 }), { color: false })).toBe('✔ No problems in 1 entity in 1 file.\n');
    expect(formatText(handReport([], { files: 0, entities: 0 }), { color: false })).toBe('✔ No problems in 0 entities in 0 files.\n');
  });

  it('lists skipped files, with the line when a document is not the first', () => {
    const skipped = [
      { file: 'README.md', line: 1 },
      { file: 'people.yaml', line: 7 },
    ];
    expect(formatText(handReport([], { files: 3, entities: 2, skipped }), { color: false })).toBe(
      ['✔ No problems in 2 entities in 3 files.', '2 files skipped: no kind (README.md, people.yaml:7).', ''].join('\n'),
    );
  });

  it('counts skipped documents rather than files when a file has several, and shows five at most', () => {
    const skipped = [1, 5, 9, 13, 17, 21].map((line) => ({ file: 'notes.yaml', line })).concat([{ file: 'b.md', line: 1 }]);
    expect(formatText(handReport([], { files: 2, entities: 0, skipped }), { color: false }).split('\n')[1]).toBe(
      '7 documents in 2 files skipped: no kind (notes.yaml, notes.yaml:5, notes.yaml:9, notes.yaml:13, notes.yaml:17, and 2 more (-f json lists them all)).',
    );
  });

  it('writes no escape sequence at all without colour', () => {
    expect(formatText(handReport(FINDINGS, { skipped: [{ file: 'a.md', line: 1 }] }), { color: false })).not.toContain(ESC);
  });

  it('colours severities, positions, file names and the summary with colour', () => {
    const output = formatText(handReport(FINDINGS, { files: 5, entities: 9 }), { color: true });
    expect(output.split('\n').slice(0, 2)).toEqual([
      `${ESC}[4mprocesses/incident.yaml${ESC}[24m`,
      `  ${ESC}[2m4:18${ESC}[22m  ${ESC}[31merror${ESC}[39m  Process 'incident': \`roles.process-owner\` names 'adah', but there is no Person with that id.  ${ESC}[2mrefs/resolve${ESC}[22m`,
    ]);
    expect(output).toContain(`${ESC}[33mwarning${ESC}[39m`);
    expect(output).toContain(`${ESC}[31m${ESC}[1m✖${ESC}[22m${ESC}[39m 3 problems`);
  });

  it('escapes control characters from the checked files, so they cannot drive the terminal', () => {
    const hostile = [
      finding({ ruleId: 'schema/valid', file: `evil${ESC}]0;pwned\u0007.yaml`, line: 1, column: 1, message: `System '${ESC}[2J${ESC}[31mred' has a\rproblem.` }),
    ];
    const skipped = [{ file: `skip${ESC}[1m.md`, line: 1 }];
    for (const color of [false, true]) {
      const output = formatText(handReport(hostile, { files: 2, entities: 1, skipped }), { color });
      expect(output).toContain('evil\\x1b]0;pwned\\x07.yaml');
      expect(output).toContain("System '\\x1b[2J\\x1b[31mred' has a\\x0dproblem.");
      expect(output).toContain('no kind (skip\\x1b[1m.md)');
      expect(output).not.toContain(`${ESC}[2J`);
      expect(output).not.toContain(`${ESC}]0;`);
      expect(output).not.toContain('\u0007');
      expect(output).not.toContain('\r');
    }
  });

  it('shows zero-width and other invisible format characters as escapes, so that a lookalike id reads differently', () => {
    const hidden = [
      finding({
        ruleId: 'acme/\u200bx',
        file: 'ad\u200ba.yaml',
        line: 1,
        column: 1,
        message: "Person 'ad\u200ba', 'ad\u200da', 'ad\u2060a', 'ad\ufeffa', 'ad\u00ada', 'ad\ufe0fa', 'ad\u{e0061}a', 'ad\u2028a', 'ad\u202ea' and 'ada'.",
      }),
    ];
    expect(formatText(handReport(hidden, { files: 1, entities: 1 }), { color: false }).split('\n').slice(0, 2)).toEqual([
      'ad\\u200ba.yaml',
      "  1:1  error  Person 'ad\\u200ba', 'ad\\u200da', 'ad\\u2060a', 'ad\\ufeffa', 'ad\\xada', 'ad\\ufe0fa', 'ad\\u{e0061}a', 'ad\\u2028a', 'ad\\u202ea' and 'ada'.  acme/\\u200bx",
    ]);
  });

  it('leaves visible text alone: letters of every script, combining marks, emoji and spaces', () => {
    const message = "Équipe 'sécurité' — 東京, עברית, नमस्ते, e\u0301, 😀 ✅, a\u00a0b.";
    const output = formatText(handReport([finding({ ruleId: 'a/b', file: 'x.yaml', line: 1, column: 1, message })], { files: 1, entities: 1 }), { color: false });
    expect(output.split('\n')[1]).toBe(`  1:1  error  ${message}  a/b`);
  });
});

