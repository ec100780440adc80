import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/formatters/json.js';
import idsUnique from '../../src/rules/ids-unique.js';
import { checkReport, finding, handReport } from '../helpers/check-report.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

describe('formatJson', () => {
  it('writes a small report exactly, keys in a fixed order', () => {
    const findings = [
      finding({
        ruleId: 'ids/unique',
        file: 'b.yaml',
        line: 2,
        column: 5,
        endColumn: 8,
        message: "System 'pos' uses an id already taken.",
        entity: { kind: 'System', id: 'pos' },
        related: [{ file: 'a.yaml', line: 2, column: 5, endLine: 2, endColumn: 8, message: 'First here.' }],
        owners: [{ id: 'ada', roles: ['system-owner'], name: 'Ada Lovelace' }],
        fingerprint: 'abc:1',
      }),
      finding({ ruleId: 'yaml/syntax', severity: 'warning', file: 'c.yaml', line: 1, column: 1, endColumn: 2, message: 'Tabs.', fingerprint: 'def:1' }),
    ];
    const output = formatJson(handReport(findings, { files: 3, entities: 2, skipped: [{ file: 'README.md', line: 1 }] }), { color: false });
    expect(output).toBe(`{
  "version": "1.2.3",
  "findings": [
    {
      "ruleId": "ids/unique",
      "severity": "error",
      "message": "System 'pos' uses an id already taken.",
      "file": "b.yaml",
      "line": 2,
      "column": 5,
      "endLine": 2,
      "endColumn": 8,
      "entity": {
        "kind": "System",
        "id": "pos"
      },
      "related": [
        {
          "file": "a.yaml",
          "line": 2,
          "column": 5,
          "endLine": 2,
          "endColumn": 8,
          "message": "First here."
        }
      ],
      "owners": [
        {
          "id": "ada",
          "name": "Ada Lovelace",
          "email": null,
          "roles": [
            "system-owner"
          ]
        }
      ],
      "fingerprint": "abc:1"
    },
    {
      "ruleId": "yaml/syntax",
      "severity": "warning",
      "message": "Tabs.",
      "file": "c.yaml",
      "line": 1,
      "column": 1,
      "endLine": 1,
      "endColumn": 2,
      "entity": null,
      "related": [],
      "owners": [],
      "fingerprint": "def:1"
    }
  ],
  "summary": {
    "error": 1,
    "warning": 1,
    "note": 0,
    "suppressed": 0,
    "inBaseline": 0,
    "files": 3,
    "entities": 2,
    "skipped": [
      {
        "file": "README.md",
        "line": 1
      }
    ],
    "unclaimed": []
  }
}
`);
  });

  it('writes an empty report with zero counts', () => {
    expect(JSON.parse(formatJson(handReport([], { files: 0, entities: 0 }), { color: false }))).toEqual({
      version: '1.2.3',
      findings: [],
      summary: { error: 0, warning: 0, note: 0, suppressed: 0, inBaseline: 0, files: 0, entities: 0, skipped: [], unclaimed: [] },
    });
  });

  it('keeps the same key order whatever order the finding was built in', () => {
    const result = lintFiles({ 'a.yaml': lines('kind: System', 'id: pos'), 'b.yaml': lines('kind: System', 'id: pos') }, { rules: [idsUnique] });
    const reordered = result.findings.map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f);
    const output = formatJson(checkReport(result, [idsUnique]), { color: false });
    expect(formatJson(checkReport({ ...result, findings: reordered }, [idsUnique]), { color: false })).toBe(output);
    const [parsed] = JSON.parse(output).findings;
    expect(Object.keys(parsed)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'entity', 'related', 'owners', 'fingerprint']);
    expect(Object.keys(parsed.related[0])).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'message']);
    expect(parsed.fingerprint).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('keeps control characters from the checked files escaped as JSON does', () => {
    const findings = [finding({ ruleId: 'schema/valid', file: 'a.yaml', line: 1, column: 1, message: "System '\u001b[31mred'." })];
    const output = formatJson(handReport(findings), { color: true });
    expect(output).toContain('"message": "System \'\\u001b[31mred\'."');
    expect(output).not.toContain('\u001b');
  });
});
