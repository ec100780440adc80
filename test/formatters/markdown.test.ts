import { describe, expect, it } from 'vitest';
import { formatMarkdown, MARKDOWN_MAX_ROWS } from '../../src/formatters/markdown.js';
import { finding, handReport } from '../helpers/check-report.js';

const DOCS = 'https://github.com/govlint/govlint/blob/main/docs/rules';

describe('formatMarkdown', () => {
  it('writes a heading, the counts and a table with errors first', () => {
    const findings = [
      finding({ ruleId: 'docs/stale', severity: 'warning', file: 'docs/pos.md', line: 9, column: 11, message: "Document 'pos-sla' is overdue: update `reviewed`." }),
      finding({ ruleId: 'process/has-manager', severity: 'note', file: 'processes/change.yaml', line: 3, column: 1, message: "Process 'change' has no manager." }),
      finding({ ruleId: 'refs/resolve', file: 'processes/incident.yaml', line: 4, column: 18, message: "`roles.process-owner` names 'adah', but there is no such Person." }),
    ];
    expect(formatMarkdown(handReport(findings, { files: 5, entities: 9 }), { color: false })).toBe(
      [
        '## govlint',
        '',
        '✖ **3 problems** (1 error, 1 warning, 1 note) in 9 entities in 5 files.',
        '',
        '| Severity | File | Line | Rule | Message |',
        '|---|---|---:|---|---|',
        `| error | \`processes/incident.yaml\` | 4 | [\`refs/resolve\`](${DOCS}/refs-resolve.md) | \`roles.process-owner\` names 'adah', but there is no such Person. |`,
        `| warning | \`docs/pos.md\` | 9 | [\`docs/stale\`](${DOCS}/docs-stale.md) | Document 'pos-sla' is overdue: update \`reviewed\`. |`,
        `| note | \`processes/change.yaml\` | 3 | [\`process/has-manager\`](${DOCS}/process-has-manager.md) | Process 'change' has no manager. |`,
        '',
      ].join('\n'),
    );
  });

  it('says so clearly when there are no problems', () => {
    expect(formatMarkdown(handReport([], { files: 1, entities: 1 }), { color: false })).toBe('## govlint\n\n✔ No problems in 1 entity in 1 file.\n');
  });

  it('counts suppressed findings, findings already in the baseline and skipped documents, and leaves them out of the table', () => {
    const findings = [
      finding({ ruleId: 'ids/unique', file: 'a.yaml', line: 1, column: 1, message: 'Taken.', suppression: { justification: 'migrating' } }),
      finding({ ruleId: 'docs/stale', severity: 'warning', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'unchanged' }),
      finding({ ruleId: 'docs/stale', severity: 'warning', file: 'e.md', line: 2, column: 1, message: 'Stale too.', baselineState: 'new' }),
    ];
    expect(formatMarkdown(handReport(findings, { files: 4, entities: 3, skipped: [{ file: 'README.md', line: 1 }] }), { color: false })).toBe(
      [
        '## govlint',
        '',
        '⚠ **1 problem** (0 errors, 1 warning, 0 notes) in 3 entities in 4 files.',
        '',
        '| Severity | File | Line | Rule | Message |',
        '|---|---|---:|---|---|',
        `| warning | \`e.md\` | 2 | [\`docs/stale\`](${DOCS}/docs-stale.md) | Stale too. |`,
        '',
        '1 finding suppressed by govlint-disable comments.',
        '1 finding already in the baseline.',
        '1 document skipped: no `kind`.',
        '',
      ].join('\n'),
    );
    expect(formatMarkdown(handReport(findings.slice(0, 2), { files: 2, entities: 2 }), { color: false })).toBe(
      [
        '## govlint',
        '',
        '✔ No problems in 2 entities in 2 files.',
        '',
        '1 finding suppressed by govlint-disable comments.',
        '1 finding already in the baseline.',
        '',
      ].join('\n'),
    );
  });

  it(`shows at most ${MARKDOWN_MAX_ROWS} rows and counts the rest, errors first`, () => {
    const warnings = Array.from({ length: MARKDOWN_MAX_ROWS + 2 }, (_, index) =>
      finding({ ruleId: 'docs/stale', severity: 'warning', file: `docs/d${index}.md`, line: 1, column: 1, message: 'Stale.' }),
    );
    const error = finding({ ruleId: 'ids/unique', file: 'z.yaml', line: 7, column: 1, message: 'Taken.' });
    const output = formatMarkdown(handReport([...warnings, error]), { color: false });
    const rows = output.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity'));
    expect(rows).toHaveLength(MARKDOWN_MAX_ROWS);
    expect(rows[0]).toMatch(/^\| error \| `z\.yaml` \| 7 \|/);
    expect(rows.at(-1)).toContain(`docs/d${MARKDOWN_MAX_ROWS - 2}.md`);
    expect(output.endsWith('\n\n…and 3 more problems.\n')).toBe(true);
    expect(output).toContain(`**${MARKDOWN_MAX_ROWS + 3} problems** (1 error, ${MARKDOWN_MAX_ROWS + 2} warnings, 0 notes)`);
  });

  it('escapes pipes and line breaks in cells, and markup outside code spans, so text from the checked files shows as written', () => {
    const findings = [
      finding({
        ruleId: 'acme/has-contract',
        file: 'we|rd `dir`/a*b*.yaml',
        line: 1,
        column: 1,
        message: "Vendor 'a|b' is *bad* <img src=x onerror=alert(1)> [click](https://evil.example) ~~x~~ &lt; \\ `a|b` `x\nsecond\r\nthird",
      }),
    ];
    const row = formatMarkdown(handReport(findings), { color: false }).split('\n').find((line) => line.startsWith('| error'));
    expect(row).toBe(
      "| error | we\\|rd `dir`/a\\*b\\*.yaml | 1 | `acme/has-contract` | Vendor 'a\\|b' is \\*bad\\* \\<img src=x onerror=alert(1)\\> \\[click\\](https://evil.example) \\~\\~x\\~\\~ \\&lt; \\\\ `a\\|b` \\`x<br>second<br>third |",
    );
  });
});
