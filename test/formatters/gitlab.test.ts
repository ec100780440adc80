import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatGitlab } from '../../src/formatters/gitlab.js';
import idsUnique from '../../src/rules/ids-unique.js';
import processSingleOwner from '../../src/rules/process-single-owner.js';
import { checkReport, finding, handReport } from '../helpers/check-report.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const issuesOf = (output: string) => JSON.parse(output) as Issue[];

/** GitLab's own schema for an issue of a code quality report, vendored with its source noted beside it. */
const validateIssue = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(new URL('../fixtures/gitlab/codeclimate.json', import.meta.url), 'utf8')));

describe('formatGitlab', () => {
  it('writes a code quality issue per finding, keys in a fixed order, with a hash of its fingerprint', () => {
    const findings = [
      finding({ ruleId: 'ids/unique', file: 'systems/pos.yaml', line: 2, column: 5, message: "System 'pos' uses an id already taken.", fingerprint: 'aaaa:1' }),
      finding({ ruleId: 'docs/stale', severity: 'warning', file: 'docs/pos.md', line: 9, column: 11, message: "Document 'pos-sla' is overdue.", fingerprint: 'bbbb:1' }),
      finding({ ruleId: 'process/has-manager', severity: 'note', file: 'processes/change.yaml', line: 3, column: 1, message: 'No manager.', fingerprint: 'cccc:1' }),
    ];
    // The first 32 hex digits of sha256("govlint\0" + fingerprint), pinned: GitLab matches issues across pipelines by them.
    expect(formatGitlab(handReport(findings), { color: false })).toBe(`[
  {
    "description": "System 'pos' uses an id already taken.",
    "check_name": "ids/unique",
    "fingerprint": "c6232db724f0342d3c13070a247e9d19",
    "severity": "major",
    "location": {
      "path": "systems/pos.yaml",
      "lines": {
        "begin": 2
      }
    }
  },
  {
    "description": "Document 'pos-sla' is overdue.",
    "check_name": "docs/stale",
    "fingerprint": "91ba28cc8fffd2599f1c85e6958c7c71",
    "severity": "minor",
    "location": {
      "path": "docs/pos.md",
      "lines": {
        "begin": 9
      }
    }
  },
  {
    "description": "No manager.",
    "check_name": "process/has-manager",
    "fingerprint": "27fafec210f7e4900368712cf1694285",
    "severity": "info",
    "location": {
      "path": "processes/change.yaml",
      "lines": {
        "begin": 3
      }
    }
  }
]
`);
  });

  it('writes an empty array when there is nothing to show', () => {
    expect(formatGitlab(handReport([]), { color: false })).toBe('[]\n');
    const hidden = [
      finding({ ruleId: 'ids/unique', file: 'a.yaml', line: 1, column: 1, message: 'Taken.', suppression: { justification: 'migrating' } }),
      finding({ ruleId: 'docs/stale', file: 'd.md', line: 1, column: 1, message: 'Stale.', baselineState: 'unchanged' }),
    ];
    expect(formatGitlab(handReport(hidden), { color: false })).toBe('[]\n');
  });

  it('gives every issue its own fingerprint, even when two findings share one', () => {
    const findings = [
      finding({ ruleId: 'a/b', file: 'x.yaml', line: 1, column: 1, message: 'One.', fingerprint: 'same:1' }),
      finding({ ruleId: 'a/b', file: 'x.yaml', line: 2, column: 1, message: 'One.', fingerprint: 'same:1' }),
      finding({ ruleId: 'a/b', file: 'x.yaml', line: 3, column: 1, message: 'One.', fingerprint: 'same:1#2' }),
    ];
    const fingerprints = issuesOf(formatGitlab(handReport(findings), { color: false })).map((issue) => issue.fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
    for (const fingerprint of fingerprints) expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('keeps fingerprints when lines move, so GitLab matches the issues across pipelines', () => {
    const rules = [idsUnique, processSingleOwner];
    const repo = { 'a.yaml': lines('kind: System', 'id: pos'), 'b.yaml': lines('kind: System', 'id: pos'), 'p.yaml': lines('kind: Process', 'id: p') };
    const moved = { ...repo, 'b.yaml': lines('# The new POS', '', 'kind: System', 'id: pos'), 'p.yaml': lines('kind: Process', 'name: P', 'id: p') };
    const issues = (files: Record<string, string>) => issuesOf(formatGitlab(checkReport(lintFiles(files, { rules }), rules), { color: false }));
    const before = issues(repo);
    const after = issues(moved);
    expect(before.map((issue) => issue.check_name)).toEqual(['ids/unique', 'process/single-owner']);
    expect(after.map((issue) => issue.location.lines.begin)).not.toEqual(before.map((issue) => issue.location.lines.begin));
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
  });

  it("writes issues that GitLab's code quality schema accepts", () => {
    const findings = [
      finding({ ruleId: 'ids/unique', file: 'systems/pos.yaml', line: 2, column: 5, message: "System 'pos' uses an id already taken." }),
      finding({ ruleId: 'docs/stale', severity: 'note', file: 'we"ird\u0007.md', line: 9, column: 11, message: 'Stale {0} <b>.' }),
    ];
    const issues = issuesOf(formatGitlab(handReport(findings), { color: false }));
    expect(issues).toHaveLength(2);
    for (const issue of issues) expect(validateIssue(issue), JSON.stringify(validateIssue.errors)).toBe(true);
  });
});

