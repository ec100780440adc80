import { describe, expect, it } from 'vitest';
import { formatGithub } from '../../src/formatters/github.js';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import { formatJunit } from '../../src/formatters/junit.js';
import { formatMarkdown } from '../../src/formatters/markdown.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { formatText } from '../../src/formatters/text.js';
import { finding, handReport } from '../helpers/check-report.js';

// A joint risk's finding names both its owners; a finding in a file with no entity names nobody.
const RISK = finding({
  ruleId: 'review/overdue',
  severity: 'warning',
  file: 'risks/outage.yaml',
  line: 7,
  column: 11,
  message: "Risk 'outage' is overdue for review.",
  entity: { kind: 'Risk', id: 'outage' },
  owners: [
    { id: 'priya-raman', roles: ['program-manager'], name: 'Priya Raman', email: 'priya@example.com' },
    { id: 'thomas-berg', roles: ['system-owner'] },
  ],
});
const SYNTAX = finding({ ruleId: 'yaml/syntax', file: 'broken.yaml', line: 1, column: 3, message: 'Tabs.' });
const REPORT = handReport([SYNTAX, RISK]);
const options = { color: false };

describe('owners in every format', () => {
  it('text: after the rule, an arrow and their ids', () => {
    expect(formatText(REPORT, options).split('\n').filter((line) => line.startsWith('  '))).toEqual([
      '  1:3  error  Tabs.  yaml/syntax',
      "  7:11  warning  Risk 'outage' is overdue for review.  review/overdue  → priya-raman, thomas-berg",
    ]);
  });

  it('SARIF: in the result properties, with name, e-mail and roles where known', () => {
    const [syntax, risk] = JSON.parse(formatSarif(REPORT, options)).runs[0].results;
    expect(syntax.properties).toBeUndefined();
    expect(risk.properties).toEqual({
      entity: { kind: 'Risk', id: 'outage' },
      owners: [
        { id: 'priya-raman', roles: ['program-manager'], name: 'Priya Raman', email: 'priya@example.com' },
        { id: 'thomas-berg', roles: ['system-owner'] },
      ],
    });
  });

  it('markdown: an Owners column, empty for nobody', () => {
    const rows = formatMarkdown(REPORT, options).split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe('| Severity | File | Line | Rule | Message | Owners |');
    expect(rows[1]).toMatch(/^\| error \| `broken.yaml` \| 1 \| .* \| Tabs\. \| \|$/);
    expect(rows[2]).toMatch(/^\| warning \| `risks\/outage.yaml` \| 7 \| .* \| Risk 'outage' is overdue for review\. \| priya-raman, thomas-berg \|$/);
  });

  it('GitLab, GitHub and JUnit: after the message, where a reader sees nothing else', () => {
    expect(JSON.parse(formatGitlab(REPORT, options)).map((issue: { description: string }) => issue.description)).toEqual([
      'Tabs.',
      "Risk 'outage' is overdue for review. Owners: priya-raman, thomas-berg.",
    ]);
    expect(formatGithub(REPORT, options)).toContain("title=review/overdue::Risk 'outage' is overdue for review. Owners: priya-raman, thomas-berg.\n");
    const junit = formatJunit(REPORT, options);
    expect(junit).toContain('Rule: review/overdue (https://github.com/govlint/govlint/blob/main/docs/rules/review-overdue.md)\nOwners: priya-raman, thomas-berg</failure>');
    expect(junit.match(/Owners:/g)).toHaveLength(1);
  });
});
