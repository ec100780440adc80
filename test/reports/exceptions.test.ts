import { describe, expect, it } from 'vitest';
import { listExceptions } from '../../src/reports/exceptions.js';
import { exceptionsJson, exceptionsMarkdown, exceptionsText } from '../../src/reports/format-exceptions.js';
import { lintFiles } from '../helpers/lint-files.js';
import { lines } from '../helpers/lines.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PEOPLE = lines('kind: Person', 'id: ada', '---', 'kind: Person', 'id: grace', '---', 'kind: Person', 'id: priya-raman');

/** One exception in each state: in force and expiring, expired, unused, and not valid. */
const PROCESSES = lines(
  '# govlint-disable process/single-owner -- until 2026-12-01: owners change hands this quarter -- approved-by: priya-raman',
  'kind: Process',
  'id: incident',
  'roles:',
  '  process-owner: [ada, grace]',
  '---',
  'kind: Process',
  'id: change',
  'roles:',
  '  process-owner: ada',
  '  # govlint-disable-next-line process/has-manager -- until 2026-09-30: recruiting',
  '  process-manager: []',
  '---',
  '# govlint-disable docs/stale -- a leftover from the document it was for',
  'kind: Process',
  'id: release',
  'roles: { process-owner: grace, process-manager: ada }',
  '---',
  '# govlint-disable process/has-manager -- approved-by:',
  'kind: Process',
  'id: intake',
  'roles: { process-owner: grace }',
);

const FILES = { 'people.yaml': PEOPLE, 'processes.yaml': PROCESSES };

function exceptions(today = '2026-11-22', days = 30) {
  return listExceptions(lintFiles(FILES, { today }).model, today, days);
}

describe('listExceptions', () => {
  it('lists each suppression with its state, entity, reason, approver, expiry and what it silences', () => {
    expect(exceptions()).toEqual([
      {
        state: 'in-force',
        rules: ['process/single-owner'],
        file: 'processes.yaml',
        line: 1,
        column: 1,
        entity: { kind: 'Process', id: 'incident' },
        reason: 'owners change hands this quarter',
        approvedBy: 'priya-raman',
        until: '2026-12-01',
        daysLeft: 9,
        expiring: true,
        silenced: 1,
      },
      {
        state: 'expired',
        rules: ['process/has-manager'],
        file: 'processes.yaml',
        line: 11,
        column: 3,
        entity: { kind: 'Process', id: 'change' },
        reason: 'recruiting',
        until: '2026-09-30',
        daysLeft: -53,
        silenced: 0,
      },
      {
        state: 'unused',
        rules: ['docs/stale'],
        file: 'processes.yaml',
        line: 14,
        column: 1,
        entity: { kind: 'Process', id: 'release' },
        reason: 'a leftover from the document it was for',
        silenced: 0,
      },
      {
        state: 'invalid',
        rules: ['process/has-manager'],
        file: 'processes.yaml',
        line: 19,
        column: 1,
        entity: { kind: 'Process', id: 'intake' },
        silenced: 0,
        problem: "names no approver after 'approved-by': end it with '-- approved-by: <person id>'",
      },
    ]);
  });

  it('marks an exception as expiring only within the window, and sorts those in force by how soon they expire', () => {
    expect(exceptions('2026-11-22', 5)[0]).not.toHaveProperty('expiring');
    const files = {
      'people.yaml': PEOPLE,
      'a.yaml': lines('# govlint-disable process/single-owner -- no date: for good', 'kind: Process', 'id: a'),
      'b.yaml': lines('# govlint-disable process/single-owner -- until 2027-06-30: later', 'kind: Process', 'id: b'),
      'c.yaml': lines('# govlint-disable process/single-owner -- until 2027-01-31: sooner', 'kind: Process', 'id: c'),
    };
    const listed = listExceptions(lintFiles(files).model, '2026-11-22', 30);
    expect(listed.map((exception) => [exception.file, exception.until, exception.daysLeft])).toEqual([
      ['c.yaml', '2027-01-31', 70],
      ['b.yaml', '2027-06-30', 220],
      ['a.yaml', undefined, undefined],
    ]);
  });
});

describe('the exceptions formats', () => {
  it('text: a section per state, each exception with its reason, approver, expiry and count', () => {
    expect(exceptionsText(exceptions())).toBe(
      lines(
        'In force (1)',
        "  processes.yaml:1:1  process/single-owner  in Process 'incident'",
        '    reason: owners change hands this quarter',
        '    approved by: priya-raman',
        '    until: 2026-12-01 (9 days left, expiring soon)',
        '    silences 1 finding',
        '',
        'Expired: they silence nothing any more (1)',
        "  processes.yaml:11:3  process/has-manager  in Process 'change'",
        '    reason: recruiting',
        '    until: 2026-09-30 (expired 53 days ago)',
        '',
        'Unused: they silence nothing (1)',
        "  processes.yaml:14:1  docs/stale  in Process 'release'",
        '    reason: a leftover from the document it was for',
        '    until: no expiry date',
        '',
        'Not valid: they silence nothing (1)',
        "  processes.yaml:19:1  process/has-manager  in Process 'intake'",
        "    not valid: names no approver after 'approved-by': end it with '-- approved-by: <person id>'",
        '',
        '1 in force (1 expiring soon), 1 expired, 1 unused, 1 not valid.',
      ),
    );
    expect(exceptionsText([])).toBe('No govlint-disable comments: no exceptions.\n');
  });

  it('markdown: a table per state, escaping what the files wrote', () => {
    const markdown = exceptionsMarkdown(exceptions());
    expect(markdown.split('\n').slice(0, 8)).toEqual([
      '## Exceptions',
      '',
      '1 in force (1 expiring soon), 1 expired, 1 unused, 1 not valid.',
      '',
      '### In force',
      '',
      '| Where | Rules | Entity | Reason | Approved by | Until |',
      '|---|---|---|---|---|---|',
    ]);
    expect(markdown).toContain(
      "| `processes.yaml:1` | `process/single-owner` | Process 'incident' | owners change hands this quarter | `priya-raman` | 2026-12-01 (9 days left, expiring soon) |",
    );
    expect(markdown).toContain("end it with '-- approved-by: \\<person id\\>' |  |  |");
  });

  it('json: the list and a summary', () => {
    const json = JSON.parse(exceptionsJson(exceptions()));
    expect(json.summary).toEqual({ 'in-force': 1, expiring: 1, expired: 1, unused: 1, invalid: 1 });
    expect(json.exceptions).toHaveLength(4);
  });
});

describe('govlint exceptions', () => {
  it('lists the exceptions of the files named, exits 0, and writes JSON', async () => {
    const root = makeRepo({ ...FILES, 'other.yaml': lines('# govlint-disable process/single-owner -- elsewhere', 'kind: Process', 'id: other') });
    const result = await runInProcess(['exceptions', 'processes.yaml', '--today', '2026-11-22', '-f', 'json'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).exceptions.map((exception: { file: string; state: string }) => [exception.file, exception.state])).toEqual([
      ['processes.yaml', 'in-force'],
      ['processes.yaml', 'expired'],
      ['processes.yaml', 'unused'],
      ['processes.yaml', 'invalid'],
    ]);
  });

  it('refuses a format it does not have', async () => {
    const result = await runInProcess(['exceptions', '-f', 'sarif'], makeRepo(FILES));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("option '-f, --format <format>' argument 'sarif' is invalid. Allowed choices are text, json, markdown.");
  });
});
