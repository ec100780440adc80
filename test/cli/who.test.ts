import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { REGISTER } from '../helpers/who-register.js';

const TODAY = ['--today', '2026-11-22'];

describe('govlint who', () => {
  let repo: string;

  beforeAll(() => {
    repo = makeRepo(REGISTER);
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists the roles, RACI letters, teams, overdue reviews and load of a person', async () => {
    expect(await runInProcess(['who', 'ada', ...TODAY], repo)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Ada Lovelace (ada) <ada@example.com>  people.yaml:2:5',
        '',
        'Roles (3)',
        "  people.yaml:12:9  deputy of Person 'grace'",
        "  pos.yaml:4:17  system-owner of System 'pos'",
        "  risks.yaml:9:17  system-owner of Risk 'risk-outage'",
        '',
        'RACI letters (4)',
        "  cutover.md:10:23  A/R in Task 'Plan the cut-over' of Raci 'cutover-raci'",
        "  cutover.md:11:22  I in Task 'Run the cut-over' of Raci 'cutover-raci'",
        "  release.yaml:8:35  A in Task 'Approve the release' of Raci 'release-raci'",
        "  release.yaml:10:35  R in Task 'Deploy' of Raci 'release-raci'",
        '',
        'Teams (2)',
        "  people.yaml:5:7  Team 'platform' (their `team`)",
        "  teams.yaml:4:5  Team 'platform' (its `members`)",
        '',
        'Overdue (1)',
        "  risks.yaml:1:1  review/overdue  Risk 'risk-outage'",
        "    Risk 'risk-outage' has never been reviewed: review it every 1 month in the joint risk review and record the date as `reviewed: YYYY-MM-DD`.",
        '',
        'Load: owner or manager of 1 entity, within the 5 person/overload allows; Document, Risk not counted',
        '',
      ].join('\n'),
    });
  });

  it('counts the load with the options of person/overload in force', async () => {
    const strict = makeRepo({ ...REGISTER, '.govlintrc.yaml': 'rules:\n  person/overload: [warning, { max: 1, ignoreKinds: [] }]\n' });
    try {
      const result = await runInProcess(['who', 'grace', ...TODAY, '-f', 'json'], strict);
      const { load } = JSON.parse(result.stdout) as { load: unknown };
      expect(load).toEqual({
        count: 2,
        max: 1,
        ignoreKinds: [],
        overloaded: true,
        entities: [
          { entity: { kind: 'Program', id: 'payments' }, roles: ['program-manager'], file: 'payments.yaml', line: 4, column: 20 },
          { entity: { kind: 'Risk', id: 'risk-outage' }, roles: ['program-manager'], file: 'risks.yaml', line: 8, column: 20 },
        ],
      });
      expect((await runInProcess(['check', ...TODAY], strict)).stdout).toContain("Person 'grace' is an owner or manager of 2 entities, more than 1");
    } finally {
      rmSync(strict, { recursive: true, force: true });
    }
  });

  it("counts the load with person/overload's defaults, and no limit, when the config turns it off", async () => {
    const off = makeRepo({ ...REGISTER, '.govlintrc.yaml': 'rules:\n  person/overload: off\n' });
    try {
      const result = await runInProcess(['who', 'grace', ...TODAY], off);
      expect(result.stdout.split('\n').at(-2)).toBe('Load: owner or manager of 1 entity, person/overload is off; Document, Risk not counted');
    } finally {
      rmSync(off, { recursive: true, force: true });
    }
  });

  it('writes JSON with the same keys in the same order', async () => {
    const result = await runInProcess(['who', 'ada', ...TODAY, '-f', 'json'], repo);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['person', 'roles', 'raci', 'teams', 'overdue', 'load']);
    expect(report.person).toEqual({ kind: 'Person', id: 'ada', name: 'Ada Lovelace', email: 'ada@example.com', file: 'people.yaml', line: 2, column: 5 });
    expect(report.raci).toEqual([
      { matrix: { kind: 'Raci', id: 'cutover-raci' }, task: 'Plan the cut-over', letters: 'A/R', file: 'cutover.md', line: 10, column: 23 },
      { matrix: { kind: 'Raci', id: 'cutover-raci' }, task: 'Run the cut-over', letters: 'I', file: 'cutover.md', line: 11, column: 22 },
      { matrix: { kind: 'Raci', id: 'release-raci' }, task: 'Approve the release', letters: 'A', file: 'release.yaml', line: 8, column: 35 },
      { matrix: { kind: 'Raci', id: 'release-raci' }, task: 'Deploy', letters: 'R', file: 'release.yaml', line: 10, column: 35 },
    ]);
    expect(report.teams).toEqual([
      { team: 'platform', recordedIn: 'team', file: 'people.yaml', line: 5, column: 7 },
      { team: 'platform', recordedIn: 'members', file: 'teams.yaml', line: 4, column: 5 },
    ]);
    expect(report.overdue).toEqual([
      {
        ruleId: 'review/overdue',
        entity: { kind: 'Risk', id: 'risk-outage' },
        message: "Risk 'risk-outage' has never been reviewed: review it every 1 month in the joint risk review and record the date as `reviewed: YYYY-MM-DD`.",
        file: 'risks.yaml',
        line: 1,
        column: 1,
      },
    ]);
    expect(await runInProcess(['who', 'ada', ...TODAY, '-f', 'json'], repo)).toEqual(result);
  });

  it('reports only on the files named', async () => {
    const result = await runInProcess(['who', 'ada', 'pos.yaml', 'teams.yaml', ...TODAY, '-f', 'json'], repo);
    const report = JSON.parse(result.stdout) as { roles: unknown[]; raci: unknown[]; teams: unknown[]; overdue: unknown[] };
    expect([report.roles.length, report.raci.length, report.teams.length, report.overdue.length]).toEqual([1, 0, 1, 0]);
  });

  it('--leaving prints the findings the departure would create: the offboarding checklist', async () => {
    expect(await runInProcess(['who', 'ada', '--leaving', ...TODAY], repo)).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'If Ada Lovelace (ada) <ada@example.com> left, 6 findings would appear: the offboarding checklist.',
        '',
        '  cutover.md:10:3  error  raci/has-responsible',
        "    Task 'Plan the cut-over' of Raci 'cutover-raci' has nobody Responsible: mark at least one party with R, the one who does the work.",
        '  cutover.md:10:3  error  raci/single-accountable',
        "    Task 'Plan the cut-over' of Raci 'cutover-raci' has no Accountable: mark exactly one party with A, the one who answers for the task.",
        '  pos.yaml:3:1  error  system/single-owner',
        "    System 'pos' has no system owner: name exactly one person under `roles.system-owner`, the long-term caretaker of its health, security, compliance and lifecycle.",
        '  release.yaml:6:11  error  raci/single-accountable  → grace',
        "    Task 'Approve the release' of Raci 'release-raci' has no Accountable: mark exactly one party with A, the one who answers for the task.",
        '  release.yaml:9:11  error  raci/has-responsible  → grace',
        "    Task 'Deploy' of Raci 'release-raci' has nobody Responsible: mark at least one party with R, the one who does the work.",
        '  risks.yaml:7:1  error  risk/dual-ownership  → grace',
        "    Risk 'risk-outage' has no system owner: add `roles.system-owner`, the person who owns it for the system (technical remediation).",
        '',
      ].join('\n'),
    });
  });

  it('--leaving -f json lists the findings with their owners once the person has gone', async () => {
    const result = await runInProcess(['who', 'ada', '--leaving', ...TODAY, '-f', 'json'], repo);
    const report = JSON.parse(result.stdout) as { leaving: boolean; findings: Array<{ ruleId: string; file: string; line: number; column: number; owners?: Array<{ id: string }> }> };
    expect(report.leaving).toBe(true);
    expect(report.findings.map(({ ruleId, file, line, column, owners }) => [ruleId, file, line, column, owners?.map(({ id }) => id)])).toEqual([
      ['raci/has-responsible', 'cutover.md', 10, 3, undefined],
      ['raci/single-accountable', 'cutover.md', 10, 3, undefined],
      ['system/single-owner', 'pos.yaml', 3, 1, undefined],
      ['raci/single-accountable', 'release.yaml', 6, 11, ['grace']],
      ['raci/has-responsible', 'release.yaml', 9, 11, ['grace']],
      ['risk/dual-ownership', 'risks.yaml', 7, 1, ['grace']],
    ]);
  });

  it('--leaving says so when nothing would break', async () => {
    const empty = makeRepo({ 'people.yaml': 'kind: Person\nid: ada\n' });
    try {
      expect((await runInProcess(['who', 'ada', '--leaving', ...TODAY], empty)).stdout).toBe("If ada left, no finding would appear: nothing they hold would be left without a holder.\n");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('writes to a file with -o, never over a file it reads', async () => {
    expect(await runInProcess(['who', 'ada', ...TODAY, '-o', 'who.txt'], repo)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(repo, 'who.txt'), 'utf8')).toMatch(/^Ada Lovelace \(ada\)/);
    rmSync(join(repo, 'who.txt'));
    const refused = await runInProcess(['who', 'ada', ...TODAY, '-o', 'pos.yaml'], repo);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'govlint: the who report would replace pos.yaml, which this run reads: write it to another file\n' });
  });

  it('stops with exit code 2 and the closest ids for a person not in the register', async () => {
    expect(await runInProcess(['who', 'gracie', ...TODAY], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: who: there is no Person 'gracie' in the register (did you mean 'grace'?)\n",
    });
    expect(await runInProcess(['who', 'grac', '--leaving', ...TODAY], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: who: there is no Person 'grac' in the register (did you mean 'grace'?)\n",
    });
    // None close enough to be a typo: the nearest few.
    expect(await runInProcess(['who', 'torvalds', ...TODAY], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: "govlint: who: there is no Person 'torvalds' in the register; the nearest are 'ada', 'grace', 'linus'\n",
    });
  });

  it("shows in the README what it prints for the bundled example", async () => {
    const root = resolve(import.meta.dirname, '../..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const shown = [...readme.matchAll(/^```text\n\$ govlint (who .*)\n([\s\S]*?)^```$/gm)];
    expect(shown.map((block) => block[1])).toEqual([
      'who priya-raman examples/omnichannel --today 2026-11-22',
      'who thomas-berg examples/omnichannel --today 2026-11-22 --leaving',
    ]);
    for (const [, command, output] of shown) expect((await runInProcess(command!.split(' '), root)).stdout).toBe(output);
  });
});
