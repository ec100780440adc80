import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-in-process.js';

// The transit register (test/fixtures/transit-register), checked on a copy outside Git as transit-register.test.ts
// does: `govlint check` and `govlint calendar` on the same files and day must agree on every due date.
const FIXTURE = resolve(import.meta.dirname, '../fixtures/transit-register');

interface Finding {
  ruleId: string;
  file: string;
  line: number;
  message: string;
}

interface DueDate {
  ruleId: string;
  date: string;
  file: string;
  line: number;
  overdue: boolean;
  entity?: { id?: string };
}

describe('the calendar of the transit register', () => {
  let repo: string;
  let findings: Finding[];
  let calendar: { from: string; to: string; overdue: DueDate[]; months: Array<{ month: string; due: DueDate[] }> };

  beforeAll(async () => {
    repo = mkdtempSync(join(tmpdir(), 'govlint-transit-calendar-'));
    cpSync(FIXTURE, repo, { recursive: true });
    const check = await runInProcess(['check', '.', '--today', '2026-11-22', '-f', 'json'], repo);
    findings = (JSON.parse(check.stdout) as { findings: Finding[] }).findings;
    const listed = await runInProcess(['calendar', '.', '--today', '2026-11-22', '-f', 'json'], repo);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    calendar = JSON.parse(listed.stdout);
  });

  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('gives every review the rules date (overdue, or announced) the date their findings give, and as overdue only those found overdue', () => {
    const dated = findings
      .filter((finding) => finding.ruleId === 'review/overdue' || finding.ruleId === 'docs/stale')
      .flatMap((finding) => {
        const date = /(?:so due|falls due for review on) (\d{4}-\d{2}-\d{2})/.exec(finding.message)?.[1];
        return date ? [`${finding.file}:${finding.line} ${finding.ruleId} ${date} ${finding.message.includes('is overdue for review') ? 'overdue' : 'due'}`] : [];
      });
    expect(dated).toEqual(['programs/cyber-resilience.yaml:12 review/overdue 2025-12-28 overdue', 'risks/register.yaml:85 review/overdue 2026-11-22 due']);
    const listed = [...calendar.overdue, ...calendar.months.flatMap(({ due }) => due)].map((item) => `${item.file}:${item.line} ${item.ruleId} ${item.date} ${item.overdue ? 'overdue' : 'due'}`);
    for (const entry of dated) expect(listed).toContain(entry);
    expect(calendar.overdue.filter((item) => item.ruleId !== 'risk/acceptance-expired').map((item) => `${item.file}:${item.line}`)).toEqual(['programs/cyber-resilience.yaml:12']);
  });

  it('holds a review whose `reviewEvery` exceeds the ceiling to the ceiling, as its finding says', () => {
    // risk-battery-supply: reviewed 2026-11-11, every 1 year, held to the joint risk review's month.
    expect(calendar.months.flatMap(({ due }) => due).filter((item) => item.entity?.id === 'risk-battery-supply').map((item) => item.date)).toEqual(['2026-12-11']);
  });

  it("lists a lapsed risk acceptance on the date its finding gives, and a review announced as due today on today's date", () => {
    const lapsed = findings.find((finding) => finding.ruleId === 'risk/acceptance-expired')!;
    const until = /until (\d{4}-\d{2}-\d{2})/.exec(lapsed.message)![1];
    expect(calendar.overdue.filter((item) => item.ruleId === 'risk/acceptance-expired').map((item) => `${item.file}:${item.line} ${item.date}`)).toEqual([`${lapsed.file}:${lapsed.line} ${until}`]);
    const announced = findings.find((finding) => finding.ruleId === 'review/overdue' && finding.message.includes('falls due for review on'))!;
    const date = /falls due for review on (\d{4}-\d{2}-\d{2})/.exec(announced.message)![1];
    expect(date).toBe('2026-11-22');
    expect(calendar.months[0]!.due.filter((item) => item.file === announced.file && item.line === announced.line).map((item) => item.date)).toEqual([date]);
  });
});
