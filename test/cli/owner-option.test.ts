import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

describe('check --owner', () => {
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'govlint-owner-'));
    writeFileSync(join(repo, 'people.yaml'), 'kind: Person\nid: priya\n---\nkind: Person\nid: tom\n');
    writeFileSync(join(repo, 'pos.yaml'), 'kind: System\nid: pos\nroles:\n  system-owner: tom\nreviewed: 2020-01-01\ncompliance: [PCI-DSS]\n');
    writeFileSync(join(repo, 'incident.yaml'), 'kind: Process\nid: incident\nroles:\n  process-owner: [priya, tom]\n  process-manager: priya\n');
    writeFileSync(join(repo, 'broken.yaml'), 'kind: [\n');
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("reports only the findings that person is accountable for, and exits on those alone", async () => {
    const priya = await runInProcess(['check', '--owner', 'priya', '--today', '2026-11-22'], repo);
    expect(priya).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'incident.yaml',
        "  4:18  error  Process 'incident' has 2 process owners (priya, tom): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.  process/single-owner  → priya, tom",
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notes) in 4 entities in 4 files.',
        '',
      ].join('\n'),
    });
    const tom = await runInProcess(['check', '--owner', 'tom', '--today', '2026-11-22', '-f', 'json'], repo);
    const findings = JSON.parse(tom.stdout).findings as Array<{ ruleId: string; file: string }>;
    expect(findings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual(['incident.yaml process/single-owner', 'pos.yaml review/overdue']);
  });

  it('stops with the closest id when the person is not in the register', async () => {
    expect(await runInProcess(['check', '--owner', 'pria'], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: --owner: there is no Person 'pria' in the register (did you mean 'priya'?)\n",
    });
  });
});
