import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// `govlint who` on the transit register (test/fixtures/transit-register), on a copy outside Git as
// transit-register.test.ts checks it, so that a later commit touching the fixture changes nothing here.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/transit-register');
const TODAY = ['--today', '2026-11-22'];

describe('govlint who on the transit register', () => {
  let repo: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'govlint-transit-who-'));
    cpSync(FIXTURE, repo, { recursive: true });
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("lists what the head of IT operations holds: roles, RACI letters, both records of her team, and her load at person/overload's limit", async () => {
    expect(await runInProcess(['who', 'amara-nwosu', ...TODAY], repo)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Amara Nwosu (amara-nwosu) <amara.nwosu@northbaytransit.example>  people/people.yaml:151:5',
        '',
        'Roles (6)',
        "  processes/business-continuity.yaml:8:18  process-owner of Process 'business-continuity'",
        "  processes/change-control.yaml:8:18  process-owner of Process 'change-control'",
        "  processes/change-control.yaml:9:21  process-manager of Process 'change-control'",
        "  processes/incident-management.yaml:13:7  process-manager of Process 'incident-management'",
        "  processes/problem-management.yaml:6:18  process-owner of Process 'problem-management'",
        "  systems/corporate/service-management-platform.yaml:8:17  system-owner of System 'service-management-platform'",
        '',
        'RACI letters (4)',
        "  raci/change-control.md:15:49  I in Task 'Propose a change and its rollback plan' of Raci 'change-control-raci'",
        "  raci/change-control.md:16:49  A in Task 'Assess the change's risk and schedule' of Raci 'change-control-raci'",
        "  raci/change-control.md:17:39  A in Task 'Approve an emergency change' of Raci 'change-control-raci'",
        "  raci/change-control.md:18:37  A in Task 'Post-implementation review' of Raci 'change-control-raci'",
        '',
        'Teams (2)',
        "  people/people.yaml:155:7  Team 'it-operations' (their `team`)",
        "  people/teams.yaml:64:5  Team 'it-operations' (its `members`)",
        '',
        'Overdue: none',
        '',
        'Load: owner or manager of 5 entities, within the 5 person/overload allows; Document, Risk not counted',
        '',
      ].join('\n'),
    });
  });

  it('--leaving for a system owner, risk program manager and RACI party lists what her departure leaves without a holder', async () => {
    const result = await runInProcess(['who', 'ingrid-solberg', '--leaving', ...TODAY, '-f', 'json'], repo);
    expect(result.stderr).toBe('');
    const findings = (JSON.parse(result.stdout) as { findings: Array<{ ruleId: string; file: string; line: number; column: number }> }).findings;
    expect(findings.map(({ ruleId, file, line, column }) => `${ruleId} ${file}:${line}:${column}`)).toEqual([
      // The documents she owns, of a system she owns: nobody left to maintain them.
      'docs/has-owner docs/architecture/automatic-passenger-counting.md:7:1',
      'docs/has-owner docs/programs/fleet-electrification-business-case.md:7:1',
      'docs/has-owner docs/sla/automatic-passenger-counting.md:7:1',
      'program/single-manager programs/fleet-electrification.yaml:13:1',
      // Her column of a Markdown RACI and of a YAML one: tasks she was Accountable (and Responsible) for.
      'raci/single-accountable raci/fleet-electrification.md:23:3',
      'raci/single-accountable raci/fleet-electrification.md:27:3',
      'raci/has-responsible raci/passenger-experience.yaml:11:11',
      'raci/single-accountable raci/passenger-experience.yaml:11:11',
      // The program manager's side of four risks.
      'risk/dual-ownership risks/register.yaml:56:1',
      'risk/dual-ownership risks/register.yaml:73:1',
      'risk/dual-ownership risks/register.yaml:90:1',
      'risk/dual-ownership risks/register.yaml:104:1',
      'system/single-owner systems/passenger/automatic-passenger-counting.yaml:7:1',
      // D12 was there before, but its message named her as the program manager: by fingerprint, a finding that changed is new.
      'system/one-program systems/passenger/realtime-arrivals-feed.yaml:10:10',
    ]);
  });
});
