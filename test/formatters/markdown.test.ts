import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeTerminal } from '../../src/formatters/escape-terminal.js';
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
        '| Severity | File | Line | Rule | Message | Owners |',
        '|---|---|---:|---|---|---|',
        `| error | \`processes/incident.yaml\` | 4 | [\`refs/resolve\`](${DOCS}/refs-resolve.md) | \`roles.process-owner\` names 'adah', but there is no such Person. | |`,
        `| warning | \`docs/pos.md\` | 9 | [\`docs/stale\`](${DOCS}/docs-stale.md) | Document 'pos-sla' is overdue: update \`reviewed\`. | |`,
        `| note | \`processes/change.yaml\` | 3 | [\`process/has-manager\`](${DOCS}/process-has-manager.md) | Process 'change' has no manager. | |`,
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
        '| Severity | File | Line | Rule | Message | Owners |',
        '|---|---|---:|---|---|---|',
        `| warning | \`e.md\` | 2 | [\`docs/stale\`](${DOCS}/docs-stale.md) | Stale too. | |`,
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
      "| error | we\\|rd \\`dir\\`/a\\*b\\*.yaml | 1 | `acme/has-contract` | Vendor 'a\\|b' is \\*bad\\* \\<img src=x onerror=alert(1)\\> \\[click\\](https://evil.example) \\~\\~x\\~\\~ \\&lt; \\\\ `a\\|b` \\`x<br>second<br>third | |",
    );
  });
});

describe('formatMarkdown with hostile text', () => {
  const ESC = '\u001b';
  /** Findings whose file names, messages, rule ids and docs URLs try to end a cell, add HTML or hide characters. */
  const HOSTILE = [
    finding({ ruleId: 'refs/resolve', file: 'a\\|<img src=x onerror=alert(1)>.yaml', line: 1, column: 1, message: 'One.' }),
    finding({ ruleId: 'refs/resolve', file: 'b.yaml', line: 2, column: 1, message: 'Field `x\\|<img src=x onerror=alert(2)>` and `c|d` are bad.' }),
    finding({ ruleId: 'schema/valid', file: `c${ESC}[31m\u0007.yaml`, line: 3, column: 1, message: `Red ${ESC}[2J\u0000 and \`${ESC}[1m\`.` }),
    finding({ ruleId: 'schema/valid', file: 'ad\u200ba.yaml', line: 4, column: 1, message: "Person 'ad\u200da\u2060\ufeff' and `x\u200by`." }),
    finding({ ruleId: 'acme/x\\|<b>', file: 'd.yaml', line: 5, column: 1, message: 'Five.' }),
  ];

  function rowsOf(output: string): string[] {
    return output.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Severity'));
  }

  it('keeps a backslash before a pipe out of code spans, where renderers disagree on it, and shows invisible characters as escapes', () => {
    expect(rowsOf(formatMarkdown(handReport(HOSTILE), { color: false }))).toEqual([
      '| error | a\\\\\\|\\<img src=x onerror=alert(1)\\>.yaml | 1 | [`refs/resolve`](https://github.com/govlint/govlint/blob/main/docs/rules/refs-resolve.md) | One. | |',
      '| error | `b.yaml` | 2 | [`refs/resolve`](https://github.com/govlint/govlint/blob/main/docs/rules/refs-resolve.md) | Field \\`x\\\\\\|\\<img src=x onerror=alert(2)\\>\\` and `c\\|d` are bad. | |',
      '| error | `c\\x1b[31m\\x07.yaml` | 3 | [`schema/valid`](https://github.com/govlint/govlint/blob/main/docs/rules/schema-valid.md) | Red \\\\x1b\\[2J\\\\x00 and `\\x1b[1m`. | |',
      "| error | `ad\\u200ba.yaml` | 4 | [`schema/valid`](https://github.com/govlint/govlint/blob/main/docs/rules/schema-valid.md) | Person 'ad\\\\u200da\\\\u2060\\\\ufeff' and `x\\u200by`. | |",
      '| error | `d.yaml` | 5 | acme/x\\\\\\|\\<b\\> | Five. | |',
    ]);
  });
});

describe('formatMarkdown rendered by a GFM renderer (marked)', () => {
  const ESC = '\u001b';
  const ALLOWED_TAGS = new Set(['h2', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a', 'br']);

  it('keeps every finding in its own six cells and lets no HTML through, whatever the file names, messages, rule ids and docs hold', () => {
    const findings = [
      finding({ ruleId: 'refs/resolve', file: 'a\\|<img src=x onerror=alert(1)>.yaml', line: 1, column: 1, message: 'One.' }),
      finding({ ruleId: 'refs/resolve', file: 'b.yaml', line: 2, column: 1, message: 'Field `x\\|<img src=x onerror=alert(2)>` and `c|d|e` are bad \\| <script>x</script>.' }),
      finding({ ruleId: 'schema/valid', file: `c${ESC}[31m\u0007|.yaml`, line: 3, column: 1, message: `Red ${ESC}[2J &lt;b&gt; \`a\\\`|\`.\n<img src=y onerror=alert(3)>` }),
      finding({ ruleId: 'acme/x\\|<b>', file: 'we`ird\\\\|.yaml', line: 4, column: 1, message: '`\\\\|` ``x|`` [a](javascript:alert(4)) ![i](x)' }),
    ];
    const report = handReport(findings);
    const [template] = report.rules;
    report.rules.push({ ...template!, id: 'acme/x\\|<b>', docs: `https://e.example/a|<img src=x onerror=alert(5)>(x) é${ESC}"` });
    const html = marked.parse(formatMarkdown(report, { color: false }), { async: false, gfm: true });

    const tags = [...html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
    expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
    expect(html).not.toContain(ESC);
    expect(html).not.toContain('\u0007');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]));
    expect(rows.map((cells) => cells.length)).toEqual([6, 6, 6, 6, 6]);
    expect(rows.slice(1).map((cells) => cells[1])).toEqual([
      'a\\|&lt;img src=x onerror=alert(1)&gt;.yaml',
      '<code>b.yaml</code>',
      '<code>c\\x1b[31m\\x07|.yaml</code>',
      'we`ird\\\\|.yaml',
    ]);
    expect(rows.slice(1).map((cells) => cells[4])).toEqual([
      'One.',
      'Field `x\\|&lt;img src=x onerror=alert(2)&gt;` and <code>c|d|e</code> are bad \\| &lt;script&gt;x&lt;/script&gt;.',
      'Red \\x1b[2J &amp;lt;b&amp;gt; <code>a\\</code>|`.<br>&lt;img src=y onerror=alert(3)&gt;',
      '`\\\\|` `<code>x|</code>` [a](javascript:alert(4)) ![i](x)',
    ]);
    expect(rows[4]![3]).toBe('<a href="https://e.example/a%7C%3Cimg%20src=x%20onerror=alert%285%29%3E%28x%29%20%C3%A9%1B%22">acme/x\\|&lt;b&gt;</a>');
  });

  it('links a rule to its docs only when they are a web page', () => {
    const findings = ['acme/script', 'acme/data', 'acme/web'].map((ruleId, index) => finding({ ruleId, file: 'v.yaml', line: index + 1, column: 1, message: 'M.' }));
    const report = handReport(findings);
    const [template] = report.rules;
    report.rules.push(
      { ...template!, id: 'acme/script', docs: 'javascript:alert(1)' },
      { ...template!, id: 'acme/data', docs: 'data:text/html,<script>alert(2)</script>' },
      { ...template!, id: 'acme/web', docs: 'HTTPS://acme.example/rules/web' },
    );
    const html = marked.parse(formatMarkdown(report, { color: false }), { async: false, gfm: true });
    expect([...html.matchAll(/<a [^>]*>/g)].map((match) => match[0])).toEqual(['<a href="HTTPS://acme.example/rules/web">']);
    expect(html).toContain('<td><code>acme/script</code></td>');
    expect(html).toContain('<td><code>acme/data</code></td>');
  });

  const SEED = 20261204;
  /** Pieces that markup, table cells and terminals react to, and a few letters between them. */
  const piece = fc.constantFrom('|', '\\', '\\|', '`', '``', '<', '>', '<img src=x onerror=alert(1)>', '&', '&lt;', '*', '_', '[', ']', '(', ')', '~', ':', 'a', 'b', ' ', '\n', '\u001b', '\u200b', '\u0000');
  const hostileText = fc.array(piece, { minLength: 1, maxLength: 12 }).map((pieces) => pieces.join(''));

  it(`keeps six cells a row, lets no HTML through and shows each file name as written, for any text (seed ${SEED})`, () => {
    fc.assert(
      fc.property(fc.array(fc.record({ file: hostileText, message: hostileText, ruleId: hostileText, owner: hostileText }), { minLength: 1, maxLength: 4 }), (cases) => {
        const findings = cases.map(({ file, message, ruleId, owner }, index) => finding({ ruleId, file, line: index + 1, column: 1, message, owners: [{ id: owner, roles: ['system-owner'] }] }));
        const html = marked.parse(formatMarkdown(handReport(findings), { color: false }), { async: false, gfm: true });
        const tags = [...html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)/g)].map((match) => match[1]!.toLowerCase());
        expect(tags.filter((tag) => !ALLOWED_TAGS.has(tag))).toEqual([]);
        expect(html).not.toMatch(/[\u0000\u001b\u200b]/);
        const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!));
        expect(rows.map((cells) => cells.length)).toEqual(Array(findings.length + 1).fill(6));
        // Spaces at the ends of a cell or a code span are not shown; everything else is, as written.
        const shownFiles = rows.slice(1).map((cells) => decodeHtml(cells[1]!.replace(/<\/?code>/g, '')).trim());
        expect(shownFiles).toEqual(findings.map((f) => escapeTerminal(f.file).trim()));
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

function decodeHtml(html: string): string {
  const entities: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };
  return html.replace(/&(lt|gt|amp|quot|#39);/g, (entity) => entities[entity]!);
}

