import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/reports/html-escape.js';
import { reportHtml } from '../../src/reports/format-report-html.js';
import { buildReport } from '../../src/reports/report.js';
import { builtinRules } from '../../src/rules/index.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** A small register: a Program of two Systems, a RACI matrix, an open and a closed Risk, a Document, a leaver, a conflict and an exception. */
const REPORT_FIXTURE = join(import.meta.dirname, '../fixtures/report');

const ADA = { id: 'ada', roles: ['program-manager'], name: 'Ada Lovelace' };
const GRACE_PM = { id: 'grace', roles: ['program-manager'], name: 'Grace Hopper' };
const GRACE_SO = { id: 'grace', roles: ['system-owner'], name: 'Grace Hopper' };
const PROGRAM = { kind: 'Program', file: 'program.yaml', line: 2, id: 'retail', title: 'Retail' };
const POS = { kind: 'System', file: 'systems.yaml', line: 1, id: 'pos', title: 'Point of Sale' };
const WEB = { kind: 'System', file: 'systems.yaml', line: 6, id: 'web', title: 'Web <Store>' };
const R1 = { kind: 'Risk', file: 'risks.yaml', line: 1, id: 'r1', title: 'Peak freeze' };
const R2 = { kind: 'Risk', file: 'risks.yaml', line: 13, id: 'r2', title: 'Old risk' };
const DOC = { kind: 'Document', file: 'doc.md', line: 2, id: 'pos-arch', title: 'POS architecture' };
const RACI = { kind: 'Raci', file: 'raci.md', line: 2, id: 'pos-raci', title: 'POS cut-over' };
const EVERY = ['schema/valid', 'refs/resolve', 'ids/unique'];
const CONFLICT = {
  ruleId: 'roles/conflict',
  severity: 'warning',
  message:
    "System 'pos' has 'grace' as system owner, who is also program manager of Program 'retail', which names it in `systems`: the program manager pushes delivery (schedule, budget) while the system owner guards the system’s long-term health, security and compliance, so one person in both has a conflict of interest: give one of the roles to someone else.",
  file: 'systems.yaml',
  line: 4,
  column: 24,
};
const LEAVER = {
  ruleId: 'person/left-holds-roles',
  severity: 'error',
  message: "Person 'linus' has left (`status: left`) but is still named in 1 place: system-owner of System 'web'. Name a successor in each and remove 'linus': this is the offboarding checklist.",
  file: 'people.yaml',
  line: 12,
  column: 9,
};

async function fixtureJson(): Promise<unknown> {
  const result = await runInProcess(['report', '--today', '2026-11-22', '-f', 'json'], REPORT_FIXTURE);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('govlint report -f json', () => {
  it('is the model of the register: headline, scorecards, risks, calendar, documents, people and exceptions', async () => {
    const report = (await fixtureJson()) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['today', 'headline', 'programs', 'risks', 'calendar', 'documents', 'people', 'exceptions']);
    expect(report.today).toBe('2026-11-22');
    expect(report.headline).toEqual({
      entities: [
        { kind: 'Document', count: 1 },
        { kind: 'Person', count: 3 },
        { kind: 'Program', count: 1 },
        { kind: 'Raci', count: 1 },
        { kind: 'Risk', count: 2 },
        { kind: 'System', count: 2 },
      ],
      findings: { error: 1, warning: 1, note: 0 },
      ownership: [
        { kind: 'Program', total: 1, meeting: 0 }, // two program managers, under an exception: excused, not owned
        { kind: 'System', total: 2, meeting: 2 },
        { kind: 'Risk', total: 2, meeting: 2 },
      ],
      reviewsOverdue: 0,
      reviewsDueSoon: 2,
      exceptionsInForce: 1,
    });
    expect(report.programs).toEqual([
      {
        program: PROGRAM,
        managers: [ADA, GRACE_PM],
        systems: [
          { system: POS, owners: [GRACE_SO] },
          { system: WEB, owners: [{ id: 'linus', roles: ['system-owner'], name: 'Linus Old' }] },
        ],
        risks: [R1, R2],
        documents: [DOC],
        raci: [RACI],
        checks: [
          { entity: PROGRAM, passed: ['raci/required', 'review/overdue', ...EVERY], failed: [], excepted: ['program/single-manager'] },
          { entity: POS, passed: ['system/single-owner', 'system/one-program', 'system/alerts-routed', 'docs/required', 'review/overdue', ...EVERY], failed: [CONFLICT], excepted: [] },
          { entity: WEB, passed: ['system/single-owner', 'system/one-program', 'system/alerts-routed', 'docs/required', 'review/overdue', ...EVERY], failed: [], excepted: [] },
          ...[R1, R2].map((risk) => ({ entity: risk, passed: ['risk/dual-ownership', 'risk/owners-match', 'risk/acceptance-expired', 'review/overdue', ...EVERY], failed: [], excepted: [] })),
          { entity: DOC, passed: ['docs/stale', 'docs/changed-unreviewed', ...EVERY], failed: [], excepted: [] },
          { entity: RACI, passed: ['raci/has-responsible', 'raci/single-accountable', 'raci/valid-letters', 'raci/no-gaps', ...EVERY], failed: [], excepted: [] },
        ],
      },
    ]);
    const riskOwners = [ADA, GRACE_SO];
    expect(report.risks).toEqual({
      severities: ['low', 'medium', 'high', 'critical'],
      likelihoods: ['rare', 'unlikely', 'possible', 'likely', 'almost-certain'],
      cells: [
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0],
      ],
      open: [{ risk: R1, owners: riskOwners, review: 'due-soon', reviewDue: '2026-12-10', severity: 'high', likelihood: 'likely', status: 'open', mitigation: 'Ship early' }],
      closed: [{ risk: R2, owners: riskOwners, review: 'not-scheduled', severity: 'low', likelihood: 'rare', status: 'closed' }],
    });
    expect(report.calendar).toMatchObject({
      from: '2026-11-22',
      to: '2027-02-20',
      overdue: [],
      months: [
        { month: '2026-12', due: [{ ruleId: 'docs/stale', date: '2026-12-10', file: 'doc.md', line: 8 }, { ruleId: 'review/overdue', date: '2026-12-10', file: 'risks.yaml', line: 11, owners: riskOwners }] },
        { month: '2027-01', due: [{ ruleId: 'suppressions/expired', date: '2027-01-31', what: 'exception to program/single-manager expires', owners: [ADA, GRACE_PM] }] },
      ],
    });
    expect(report.documents).toEqual([
      { document: DOC, owners: [{ id: 'grace', roles: ['document-owner'], name: 'Grace Hopper' }], status: 'due-soon', type: 'architecture', reviewed: '2026-06-10', due: '2026-12-10' },
    ]);
    expect(report.people).toEqual({
      // As person/overload counts: Risks and Documents are left out by default.
      load: [
        { person: 'grace', name: 'Grace Hopper', count: 2, overloaded: false, entities: [PROGRAM, POS] },
        { person: 'ada', name: 'Ada Lovelace', count: 1, overloaded: false, entities: [PROGRAM] },
        { person: 'linus', name: 'Linus Old', count: 1, overloaded: false, entities: [WEB] },
      ],
      conflicts: [CONFLICT],
      leavers: [LEAVER],
    });
    expect(report.exceptions).toEqual([
      {
        state: 'in-force',
        rules: ['program/single-manager'],
        file: 'program.yaml',
        line: 1,
        column: 1,
        silenced: 1,
        entity: { kind: 'Program', id: 'retail' },
        reason: 'ada hands over to <b>grace</b> & "co"',
        approvedBy: 'grace',
        until: '2027-01-31',
        daysLeft: 70,
      },
    ]);
  });

  it('is the same bytes on every run', async () => {
    const run = () => runInProcess(['report', '--today', '2026-11-22'], REPORT_FIXTURE);
    expect((await run()).stdout).toBe((await run()).stdout);
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, and replaces the characters HTML forbids', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`it's & "that"`)).toBe('it&#39;s &amp; &quot;that&quot;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf');
    expect(escapeHtml('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
    expect(escapeHtml('lone \ud800 and \udc00, pair \ud83d\ude00')).toBe('lone \ufffd and \ufffd, pair \ud83d\ude00');
  });
});

describe('reportHtml', () => {
  const HOSTILE = '<script>alert(1)</script>" onmouseover="x\' & \u0000';
  const files = {
    'people.yaml': lines('kind: Person', 'id: eve', `name: ${JSON.stringify(HOSTILE)}`),
    'pos.yaml': lines('kind: System', 'id: pos', `name: ${JSON.stringify(HOSTILE)}`, 'roles: { system-owner: eve }', 'program: p'),
    'program.yaml': lines('kind: Program', 'id: p', `name: ${JSON.stringify(HOSTILE)}`, 'roles: { program-manager: eve }'),
    'risks.yaml': lines('kind: Risk', 'id: r', `title: ${JSON.stringify(HOSTILE)}`, 'system: pos', 'severity: high', 'likelihood: rare', `mitigation: ${JSON.stringify(HOSTILE)}`, 'roles: { system-owner: eve, program-manager: eve }'),
  };
  const result = lintFiles(files, { today: '2026-11-22' });
  const report = buildReport({ result, today: '2026-11-22', enabled: new Set(builtinRules.map((rule) => rule.meta.id)), reported: new Set(Object.keys(files)) });
  const html = reportHtml(report, { link: (file, line) => `${file}"><script>#L${line}` });

  it('escapes every text from the register, in content and in attributes', () => {
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('" onmouseover');
    expect(html).not.toContain('\u0000');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x&#39; &amp; \ufffd');
    expect(html).toContain('href="pos.yaml&quot;&gt;&lt;script&gt;#L1"');
  });

  it('is one page that asks for nothing outside it', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('@media print');
  });
});

describe('govlint report', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  function copy(): string {
    const root = mkdtempSync(join(tmpdir(), 'govlint-report-'));
    roots.push(root);
    cpSync(REPORT_FIXTURE, root, { recursive: true });
    return root;
  }

  it('writes the HTML page with -o, exit code 0 whatever the findings, with links relative to the page', async () => {
    const root = copy();
    const result = await runInProcess(['report', '--today', '2026-11-22', '-o', 'out/report.html'], root);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(join(root, 'out/report.html'), 'utf8');
    expect(html).toContain('<h1>Governance report</h1>');
    expect(html).toContain('<a href="../systems.yaml#L1">Point of Sale</a>');
    expect(html).toContain('<a href="../people.yaml#L12">people.yaml:12</a>');
  });

  it('links to the hosted file with --link-base', async () => {
    const result = await runInProcess(['report', '--today', '2026-11-22', '--link-base', 'https://git.example.org/gov/blob/main/'], REPORT_FIXTURE);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<a href="https://git.example.org/gov/blob/main/systems.yaml#L1">Point of Sale</a>');
  });

  it('stops with a usage error, exit code 2, on a bad format, link base or date', async () => {
    const run = (...args: string[]) => runInProcess(['report', '--today', '2026-11-22', ...args], REPORT_FIXTURE);
    const format = await run('-f', 'pdf');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'pdf' is invalid. Allowed choices are html, json.");
    expect(await run('--link-base', 'javascript:alert(1)')).toEqual({ code: 2, stdout: '', stderr: "govlint: --link-base must be an http(s) URL, not 'javascript:alert(1)'\n" });
    expect(await runInProcess(['report', '--today', '2026-13-01'], REPORT_FIXTURE)).toEqual({ code: 2, stdout: '', stderr: "govlint: --today must be a date written YYYY-MM-DD, not '2026-13-01'\n" });
  });

  it('writes the page but exits 2, saying so, when a rule failed and the report is incomplete', async () => {
    const root = mkdtempSync(join(tmpdir(), 'govlint-report-'));
    roots.push(root);
    cpSync(join(import.meta.dirname, '../fixtures/crashing-plugin'), root, { recursive: true });
    const result = await runInProcess(['report', '--today', '2026-11-22', '-o', 'report.html'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('govlint: rule crashing/always-throws failed, so the report is incomplete: something broke inside the rule\n');
    expect(readFileSync(join(root, 'report.html'), 'utf8')).toContain('<h1>Governance report</h1>');
  });

  it('refuses to write over a file the run reads, or through a symbolic link', async () => {
    const root = copy();
    const over = await runInProcess(['report', '--today', '2026-11-22', '-o', 'people.yaml'], root);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('the report would replace');
    symlinkSync(join(root, 'elsewhere.html'), join(root, 'report.html'));
    const link = await runInProcess(['report', '--today', '2026-11-22', '-o', 'report.html'], root);
    expect(link.code).toBe(2);
    expect(existsSync(join(root, 'elsewhere.html'))).toBe(false);
  });
});

describe('the README screenshot', () => {
  it('was taken of the report as govlint writes it now (regenerate: node scripts/report-screenshot.mjs)', async () => {
    const root = join(import.meta.dirname, '../..');
    const result = await runInProcess(['report', 'examples/omnichannel', '--today', '2026-11-22'], root);
    const { createHash } = await import('node:crypto');
    expect(`${createHash('sha256').update(result.stdout).digest('hex')}\n`).toBe(readFileSync(join(root, 'docs/report.png.sha256'), 'utf8'));
  });
});
