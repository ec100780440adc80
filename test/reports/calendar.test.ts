import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/reports/calendar.js';
import { calendarIcs, calendarJson, calendarMarkdown, calendarText } from '../../src/reports/format-calendar.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

/**
 * A small register with one due date of each source: a Risk overdue for review, a Document never reviewed (overdue
 * now), an accepted Risk's acceptance ending, reviews falling due, an exception expiring, and a review whose
 * overdue finding a suppression silences, which the calendar leaves out as well.
 */
const CALENDAR_FILES = {
  'people.yaml': lines('kind: Person', 'id: ada', 'name: Ada Lovelace', 'email: ada@example.org', '---', 'kind: Person', 'id: grace', 'name: Grace Hopper', '---', 'kind: Person', 'id: priya', 'name: Priya Raman, CISO', 'email: priya@example.org'),
  'pos.yaml': lines('kind: System', 'id: pos', 'roles:', '  system-owner: ada', 'compliance: [PCI-DSS]', 'reviewed: 2026-10-01'),
  'risks.yaml': lines(
    'kind: Risk',
    'id: r1',
    'system: pos',
    'roles: { program-manager: priya, system-owner: ada }',
    'reviewed: 2026-10-01',
    '---',
    'kind: Risk',
    'id: r2',
    'system: pos',
    'status: accepted',
    'acceptedBy: priya',
    'acceptedUntil: 2026-12-15',
    'roles: { program-manager: priya, system-owner: ada }',
    'reviewed: 2026-11-20',
  ),
  'board.yaml': lines('# govlint-disable review/overdue -- reviewed in the board pack instead', 'kind: Risk', 'id: r3', 'system: pos', 'roles: { program-manager: priya, system-owner: ada }', 'reviewed: 2026-01-01'),
  'handbook.md': lines('---', 'kind: Document', 'id: handbook', 'roles: { document-owner: grace }', '---', '# Handbook'),
  'intake.yaml': lines(
    '# govlint-disable process/single-owner -- until 2027-02-01: two owners while they hand over -- approved-by: priya',
    'kind: Process',
    'id: intake',
    'roles: { process-owner: [ada, grace], process-manager: priya }',
  ),
};

function calendarOf(files: Record<string, string> = CALENDAR_FILES, from = '2026-11-22', days = 90) {
  return buildCalendar(lintFiles(files, { today: '2026-11-22' }).due, from, days);
}

const ADA = { id: 'ada', roles: ['system-owner'], name: 'Ada Lovelace', email: 'ada@example.org' };
const PRIYA = { id: 'priya', roles: ['program-manager'], name: 'Priya Raman, CISO', email: 'priya@example.org' };

describe('buildCalendar', () => {
  it('puts what is overdue first, then what falls due in the window by month, each with its place and owners', () => {
    const calendar = calendarOf();
    expect(calendar.from).toBe('2026-11-22');
    expect(calendar.to).toBe('2027-02-20');
    expect(calendar.overdue).toEqual([
      {
        ruleId: 'review/overdue',
        date: '2026-11-01',
        what: 'review in the joint risk review',
        overdue: true,
        file: 'risks.yaml',
        line: 5,
        column: 11,
        entity: { kind: 'Risk', id: 'r1' },
        path: 'reviewed',
        owners: [PRIYA, ADA],
      },
      {
        ruleId: 'docs/stale',
        date: '2026-11-22',
        what: 'review',
        overdue: true,
        file: 'handbook.md',
        line: 2,
        column: 1,
        entity: { kind: 'Document', id: 'handbook' },
        path: 'reviewed',
        owners: [{ id: 'grace', roles: ['document-owner'], name: 'Grace Hopper' }],
      },
    ]);
    expect(calendar.months.map(({ month, due }) => [month, due.map((item) => `${item.date} ${item.entity?.id} ${item.what} ${item.ruleId}`)])).toEqual([
      ['2026-12', ['2026-12-15 r2 risk acceptance ends risk/acceptance-expired', '2026-12-20 r2 review in the joint risk review review/overdue']],
      ['2027-01', ['2027-01-01 pos review against its compliance obligations (PCI-DSS) review/overdue']],
      ['2027-02', ['2027-02-01 intake exception to process/single-owner expires suppressions/expired']],
    ]);
  });

  it('includes both ends of the window, and only what falls in it', () => {
    expect(calendarOf(CALENDAR_FILES, '2026-12-15', 17).months.flatMap(({ due }) => due.map((item) => item.date))).toEqual(['2026-12-15', '2026-12-20', '2027-01-01']);
    expect(calendarOf(CALENDAR_FILES, '2026-12-16', 16).months.flatMap(({ due }) => due.map((item) => item.date))).toEqual(['2026-12-20', '2027-01-01']);
    expect(calendarOf(CALENDAR_FILES, '2026-11-22', 0).months).toEqual([]);
  });
});

describe('the calendar formats', () => {
  it('text: overdue first, then a section per month', () => {
    expect(calendarText(calendarOf())).toBe(
      lines(
        'Compliance calendar from 2026-11-22 to 2027-02-20',
        '',
        'Overdue (2)',
        "  2026-11-01  Risk 'r1': review in the joint risk review  → priya, ada",
        '              risks.yaml:5:11  review/overdue',
        "  2026-11-22  Document 'handbook': review  → grace",
        '              handbook.md:2:1  docs/stale',
        '',
        'December 2026 (2)',
        "  2026-12-15  Risk 'r2': risk acceptance ends  → priya, ada",
        '              risks.yaml:12:16  risk/acceptance-expired',
        "  2026-12-20  Risk 'r2': review in the joint risk review  → priya, ada",
        '              risks.yaml:14:11  review/overdue',
        '',
        'January 2027 (1)',
        "  2027-01-01  System 'pos': review against its compliance obligations (PCI-DSS)  → ada",
        '              pos.yaml:6:11  review/overdue',
        '',
        'February 2027 (1)',
        "  2027-02-01  Process 'intake': exception to process/single-owner expires  → ada, grace",
        '              intake.yaml:1:1  suppressions/expired',
        '',
        '2 overdue, 4 falling due from 2026-11-22 to 2027-02-20.',
      ),
    );
    expect(calendarText(buildCalendar([], '2026-11-22', 90))).toBe(lines('Compliance calendar from 2026-11-22 to 2027-02-20', '', '0 overdue, 0 falling due from 2026-11-22 to 2027-02-20.'));
  });

  it('markdown: a table per section', () => {
    expect(calendarMarkdown(calendarOf(CALENDAR_FILES, '2026-11-22', 30))).toBe(
      lines(
        '## Compliance calendar, 2026-11-22 to 2026-12-22',
        '',
        '2 overdue, 2 falling due from 2026-11-22 to 2026-12-22.',
        '',
        '### Overdue',
        '',
        '| Due | What | Where | Owners |',
        '|---|---|---|---|',
        "| 2026-11-01 | Risk 'r1': review in the joint risk review | `risks.yaml:5` | `priya`, `ada` |",
        "| 2026-11-22 | Document 'handbook': review | `handbook.md:2` | `grace` |",
        '',
        '### December 2026',
        '',
        '| Due | What | Where | Owners |',
        '|---|---|---|---|',
        "| 2026-12-15 | Risk 'r2': risk acceptance ends | `risks.yaml:12` | `priya`, `ada` |",
        "| 2026-12-20 | Risk 'r2': review in the joint risk review | `risks.yaml:14` | `priya`, `ada` |",
      ),
    );
  });

  it('json: the calendar object as it is', () => {
    const calendar = calendarOf();
    expect(JSON.parse(calendarJson(calendar))).toEqual(JSON.parse(JSON.stringify(calendar)));
    expect(Object.keys(JSON.parse(calendarJson(calendar)))).toEqual(['from', 'to', 'overdue', 'months']);
  });

  it('text and markdown show what the files wrote escaped', () => {
    const calendar = buildCalendar([{ ruleId: 'x/y', date: '2026-12-01', what: 'review', overdue: false, file: 'a.yaml', line: 1, column: 1, entity: { kind: 'Risk', id: 'r\u001b[2J|*' } }], '2026-11-22', 90);
    expect(calendarText(calendar)).toContain("Risk 'r\\x1b[2J|*': review");
    expect(calendarMarkdown(calendar)).toContain("| Risk 'r\\\\x1b\\[2J\\|\\*': review |");
  });
});

describe('the iCalendar feed', () => {
  function events(ics: string) {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        start: event.startDate.toString(),
        isDate: event.startDate.isDate,
        end: event.endDate.toString(),
        summary: event.summary,
        description: event.description,
        attendees: event.attendees.map((attendee) => [attendee.getParameter('cn'), attendee.getFirstValue()]),
      };
    });
  }

  it('parses as one all-day event per entry, overdue first, owners with an e-mail as attendees', () => {
    const parsed = events(calendarIcs(calendarOf()));
    expect(parsed.map(({ start, isDate, end, summary, attendees }) => ({ start, isDate, end, summary, attendees }))).toEqual([
      { start: '2026-11-01', isDate: true, end: '2026-11-02', summary: "Overdue: Risk 'r1': review in the joint risk review", attendees: [['Priya Raman, CISO', 'mailto:priya@example.org'], ['Ada Lovelace', 'mailto:ada@example.org']] },
      { start: '2026-11-22', isDate: true, end: '2026-11-23', summary: "Overdue: Document 'handbook': review", attendees: [] },
      { start: '2026-12-15', isDate: true, end: '2026-12-16', summary: "Risk 'r2': risk acceptance ends", attendees: [['Priya Raman, CISO', 'mailto:priya@example.org'], ['Ada Lovelace', 'mailto:ada@example.org']] },
      { start: '2026-12-20', isDate: true, end: '2026-12-21', summary: "Risk 'r2': review in the joint risk review", attendees: [['Priya Raman, CISO', 'mailto:priya@example.org'], ['Ada Lovelace', 'mailto:ada@example.org']] },
      { start: '2027-01-01', isDate: true, end: '2027-01-02', summary: "System 'pos': review against its compliance obligations (PCI-DSS)", attendees: [['Ada Lovelace', 'mailto:ada@example.org']] },
      { start: '2027-02-01', isDate: true, end: '2027-02-02', summary: "Process 'intake': exception to process/single-owner expires", attendees: [['Ada Lovelace', 'mailto:ada@example.org']] },
    ]);
    expect(parsed[0]!.description).toBe(
      "Risk 'r1': review in the joint risk review, overdue since 2026-11-01.\nWhere: risks.yaml:5 (`reviewed`)\nOwners: Priya Raman, CISO <priya@example.org>, Ada Lovelace <ada@example.org>\nRule: review/overdue",
    );
    expect(parsed[1]!.description).toContain('Owners: Grace Hopper\n');
    expect(new Set(parsed.map(({ uid }) => uid)).size).toBe(parsed.length);
  });

  it('is byte-identical across runs, and keeps its UIDs when lines move', () => {
    const first = calendarIcs(calendarOf());
    expect(calendarIcs(calendarOf())).toBe(first);
    const moved = { ...CALENDAR_FILES, 'risks.yaml': `# the risks of the point of sale\n\n${CALENDAR_FILES['risks.yaml']}` };
    const uids = (ics: string) => events(ics).map(({ uid, summary }) => [uid, summary]);
    expect(uids(calendarIcs(calendarOf(moved)))).toEqual(uids(first));
    expect(events(first)[0]!.uid).toMatch(/^[0-9a-f]{32}@govlint$/);
  });

  it('ends lines with CRLF, folds them at 75 octets, and stamps them with the first day of the window', () => {
    const ics = calendarIcs(calendarOf());
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//govlint//compliance calendar//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    expect(Math.max(...ics.split('\r\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(ics).toContain('DTSTAMP:20261122T000000Z\r\n');
    expect(ics.replaceAll('\r\n ', '')).toContain('ATTENDEE;CN="Priya Raman, CISO";ROLE=REQ-PARTICIPANT:mailto:priya@example.org\r\n');
  });

  it('gives two entries alike in all the UID reads distinct UIDs, and leaves out an e-mail that cannot follow mailto:', () => {
    const item = { ruleId: 'suppressions/expired', what: 'exception to x/y expires', overdue: false, file: 'a.yaml', line: 1, column: 1, entity: { kind: 'Process', id: 'p' } };
    const owners = [{ id: 'eve', roles: ['process-owner'], name: 'Eve', email: 'eve@example.org>\r\nX:y' }];
    const parsed = events(calendarIcs(buildCalendar([{ ...item, date: '2026-12-01', owners }, { ...item, date: '2026-12-02', line: 9 }], '2026-11-22', 90)));
    expect(parsed.map(({ uid }) => uid)).toEqual([expect.stringMatching(/^[0-9a-f]{32}@govlint$/), expect.stringMatching(/^[0-9a-f]{32}-2@govlint$/)]);
    expect(parsed[0]!.uid.slice(0, 32)).toBe(parsed[1]!.uid.slice(0, 32));
    expect(parsed[0]!.attendees).toEqual([]);
  });
});

describe('govlint calendar', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));
  function repo(): string {
    const root = makeRepo(CALENDAR_FILES);
    roots.push(root);
    return root;
  }

  it('lists the calendar of the files named from --today, and writes a file with -o', async () => {
    const root = repo();
    const result = await runInProcess(['calendar', 'risks.yaml', '--today', '2026-11-22', '--days', '30'], root);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: lines(
        'Compliance calendar from 2026-11-22 to 2026-12-22',
        '',
        'Overdue (1)',
        "  2026-11-01  Risk 'r1': review in the joint risk review  → priya, ada",
        '              risks.yaml:5:11  review/overdue',
        '',
        'December 2026 (2)',
        "  2026-12-15  Risk 'r2': risk acceptance ends  → priya, ada",
        '              risks.yaml:12:16  risk/acceptance-expired',
        "  2026-12-20  Risk 'r2': review in the joint risk review  → priya, ada",
        '              risks.yaml:14:11  review/overdue',
        '',
        '1 overdue, 2 falling due from 2026-11-22 to 2026-12-22.',
      ),
    });
    const written = await runInProcess(['calendar', '--today', '2026-11-22', '--from', '2027-01-01', '-f', 'ics', '-o', 'reviews.ics'], root);
    expect(written).toEqual({ code: 0, stdout: '', stderr: '' });
    const ics = readFileSync(join(root, 'reviews.ics'), 'utf8');
    expect(ics).toContain('DTSTAMP:20270101T000000Z\r\n');
    expect(ics.match(/^DTSTART;VALUE=DATE:\d+/gm)).toEqual(['DTSTART;VALUE=DATE:20261101', 'DTSTART;VALUE=DATE:20261122', 'DTSTART;VALUE=DATE:20270101', 'DTSTART;VALUE=DATE:20270201']);
  });

  it('stops with a usage error, exit code 2 and no stack trace, on a bad date, count or format', async () => {
    const root = repo();
    const run = (...args: string[]) => runInProcess(['calendar', '--today', '2026-11-22', ...args], root);
    expect(await run('--from', '2026-02-30')).toEqual({ code: 2, stdout: '', stderr: "govlint: --from must be a date written YYYY-MM-DD, not '2026-02-30'\n" });
    expect(await run('--days', '99999')).toEqual({ code: 2, stdout: '', stderr: 'govlint: --days must be at most 36500 (a hundred years), not 99999\n' });
    const count = await run('--days', 'soon');
    expect(count.code).toBe(2);
    expect(count.stderr).toContain("option '--days <n>' argument 'soon' is invalid. must be a whole number of 0 or more");
    const format = await run('-f', 'sarif');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("argument 'sarif' is invalid. Allowed choices are text, json, markdown, ics.");
    const today = await runInProcess(['calendar', '--today', 'tomorrow'], root);
    expect(today).toEqual({ code: 2, stdout: '', stderr: "govlint: --today must be a date written YYYY-MM-DD, not 'tomorrow'\n" });
  });

  it("is the README's example output", async () => {
    const command = '$ govlint calendar examples/omnichannel --today 2026-11-22 --days 40\n';
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const shown = readme.slice(readme.indexOf(command) + command.length, readme.indexOf('```', readme.indexOf(command)));
    const result = await runInProcess(command.slice('$ govlint '.length, -1).split(' '), join(import.meta.dirname, '../..'));
    expect(result.stdout).toBe(shown);
  });

  it('refuses to write over a file the run reads, or through a symbolic link', async () => {
    const root = repo();
    const over = await runInProcess(['calendar', '--today', '2026-11-22', '-o', 'pos.yaml'], root);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain('the calendar would replace');
    expect(readFileSync(join(root, 'pos.yaml'), 'utf8')).toBe(CALENDAR_FILES['pos.yaml']);
    symlinkSync(join(root, 'elsewhere.txt'), join(root, 'feed.ics'));
    const link = await runInProcess(['calendar', '--today', '2026-11-22', '-f', 'ics', '-o', 'feed.ics'], root);
    expect(link.code).toBe(2);
    expect(existsSync(join(root, 'elsewhere.txt'))).toBe(false);
  });
});
