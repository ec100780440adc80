import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const REPO = {
  // yaml/syntax cannot be silenced: the comment is reported, and the duplicate key below it stays a finding.
  'people.yaml': 'kind: Person\nid: ada\n# govlint-disable-next-line yaml/syntax -- please\nid: ada\n---\nkind: Person\nid: grace\n',
  'incident.yaml': [
    'kind: Process',
    'id: incident',
    'roles:',
    '  # govlint-disable-next-line process/single-owner -- until 2027-03-31: two owners while the service desks merge',
    '  process-owner: [ada, grace]',
    '',
  ].join('\n'),
};
const CHECK = ['check', '--today', '2026-11-22'];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A scratch repo holding `files`, removed after the test. */
function repo(files: Record<string, string>): string {
  const root = makeRepo(files);
  roots.push(root);
  return root;
}

describe('suppressions in every format', () => {
  it('text hides the suppressed finding and counts it; yaml/syntax stays', async () => {
    const result = await runInProcess(CHECK, repo(REPO));
    expect(result).toEqual({
      code: 1,
      stdout: [
        'people.yaml',
        '  3:1  error  This suppression names yaml/syntax, whose findings cannot be suppressed: fix the syntax instead.  suppressions/valid',
        "  4:1  error  Duplicate key 'id': a key may appear only once in a mapping; keep one and remove the other  yaml/syntax",
        '',
        '✖ 2 problems (2 errors, 0 warnings, 0 notes) in 3 entities in 2 files.',
        '1 finding suppressed by govlint-disable comments.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('JSON leaves it out and counts it in the summary; yaml/syntax stays', async () => {
    const report = JSON.parse((await runInProcess([...CHECK, '-f', 'json'], repo(REPO))).stdout);
    expect(report.findings.map((f: { ruleId: string; line: number; column: number }) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '3:1 suppressions/valid',
      '4:1 yaml/syntax',
    ]);
    expect(report.summary).toMatchObject({ error: 2, suppressed: 1 });
  });

  it('SARIF keeps it, with an inSource suppression and its justification, and still validates', async () => {
    const sarif = JSON.parse((await runInProcess([...CHECK, '-f', 'sarif'], repo(REPO))).stdout);
    expect(validateSarif(sarif)).toEqual([]);
    const suppressed = sarif.runs[0].results.filter((result: { suppressions?: unknown }) => result.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('process/single-owner');
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', justification: 'two owners while the service desks merge' }]);
  });

  it('an expired suppression brings the finding back and is reported itself', async () => {
    const result = await runInProcess(['check', '--today', '2027-04-01', '-f', 'json'], repo(REPO));
    const ids = JSON.parse(result.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toContain('process/single-owner');
    expect(ids).toContain('suppressions/expired');
  });

  it('a suppressed error does not fail the run', async () => {
    const people = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
    expect((await runInProcess(CHECK, repo({ ...REPO, 'people.yaml': people }))).code).toBe(0);
  });
});
