import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeRepo, runGovlint } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const PEOPLE = 'kind: Person\nid: davis\n---\nkind: Person\nid: windy\n';
const CLEAN = { 'people.yaml': PEOPLE, 'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: davis\n  process-manager: [windy]\n' };
const TWO_OWNERS = { 'people.yaml': PEOPLE, 'incident.yaml': 'kind: Process\nid: incident\nroles:\n  process-owner: [davis, windy]\n' };
const STALE = { 'sla.md': '---\nkind: Document\nid: sla\nreviewed: 2026-01-10\n---\n# SLA\n' };

describe('govlint check', () => {
  it('exits 0 and says so on a clean repo', async () => {
    const result = await runGovlint(['check'], makeRepo(CLEAN));
    expect(result).toEqual({ code: 0, stdout: '✔ No problems in 3 entities in 2 files.\n', stderr: '' });
  });

  it('exits 1 and prints each error at its position, grouped by file', async () => {
    const result = await runGovlint(['check'], makeRepo(TWO_OWNERS));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'incident.yaml',
        "  4:18  error  Process 'incident' has 2 process owners (davis, windy): keep exactly one owner and make the others `process-manager`s, who run the process for their teams.  process/single-owner  → davis, windy",
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notes) in 3 entities in 2 files.',
        '',
      ].join('\n'),
    );
  });

  it('loads the whole repo but reports only on the folders and files it is given, with paths relative to the working folder', async () => {
    const root = makeRepo({ 'gov/incident.yaml': TWO_OWNERS['incident.yaml'], 'people.yaml': PEOPLE, 'other/x.yaml': 'kind: Person\n' });
    const report = JSON.parse((await runInProcess(['check', 'gov', '-f', 'json'], root)).stdout);
    // The owners are defined outside gov/ and still resolve; other/x.yaml's missing id is not reported.
    expect(report.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([['gov/incident.yaml', 'process/single-owner']]);
    expect(report.summary.files).toBe(3);
    const single = JSON.parse((await runInProcess(['check', 'other/x.yaml', '-f', 'json'], root)).stdout);
    expect(single.findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId])).toEqual([['other/x.yaml', 'schema/valid']]);
  });

  it('counts warnings against --max-warnings and hides them with --quiet', async () => {
    const root = makeRepo(STALE);
    const args = ['check', '--today', '2026-11-22'];
    expect((await runInProcess(args, root)).code).toBe(0);
    expect((await runInProcess([...args, '--max-warnings', '1'], root)).code).toBe(0);
    expect((await runInProcess([...args, '--max-warnings', '0'], root)).code).toBe(1);
    const quiet = await runInProcess([...args, '--quiet'], root);
    expect(quiet.stdout).toBe('✔ No problems in 1 entity in 1 file.\n');
  });

  it('counts the warnings --quiet hides against --max-warnings, and says so', async () => {
    const root = makeRepo(STALE);
    const args = ['check', '--today', '2026-11-22', '--quiet'];
    expect(await runInProcess([...args, '--max-warnings', '0'], root)).toEqual({
      code: 1,
      stdout: '✔ No problems in 1 entity in 1 file.\n',
      stderr: 'govlint: 1 warning, not shown under --quiet, is more than --max-warnings 0 allows\n',
    });
    expect(await runInProcess([...args, '--max-warnings', '1'], root)).toEqual({ code: 0, stdout: '✔ No problems in 1 entity in 1 file.\n', stderr: '' });
    rmSync(root, { recursive: true, force: true });
  });

  it('uses --today as the date rules compare with', async () => {
    const root = makeRepo(STALE);
    const severities = async (today: string) =>
      JSON.parse((await runInProcess(['check', '--today', today, '-f', 'json'], root)).stdout).findings.map((finding: { severity: string }) => finding.severity);
    expect(await severities('2026-07-10')).toEqual([]);
    expect(await severities('2026-07-11')).toEqual(['warning']);
  });

  it('counts documents and Markdown files that have no kind, and names them', async () => {
    const root = makeRepo({ ...CLEAN, 'README.md': '# About\n', 'notes.yaml': 'title: not an entity\n' });
    const result = await runInProcess(['check'], root);
    expect(result.stdout).toBe('✔ No problems in 3 entities in 4 files.\n2 files skipped: no kind (README.md, notes.yaml).\n');
  });

  it('reports a key written as a list as an unknown field, without a warning from the YAML parser', async () => {
    const root = makeRepo({ 'ada.yaml': 'kind: Person\nid: ada\n? [a, b]\n: c\n' });
    const result = await runInProcess(['check', '-f', 'json'], root);
    expect(result.stderr).toBe('');
    const findings = JSON.parse(result.stdout).findings.map((f: { ruleId: string; message: string }) => [f.ruleId, f.message.split(';')[0]]);
    expect(findings).toEqual([['schema/valid', "Person 'ada' has an unknown field `[ a, b ]`"]]);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const root = makeRepo(TWO_OWNERS);
    const result = await runInProcess(['check', '-f', 'json', '-o', 'out/report.json'], root);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(JSON.parse(readFileSync(join(root, 'out/report.json'), 'utf8')).summary.error).toBe(1);
  });

  it('gives byte-identical output on every run', async () => {
    const root = makeRepo({ ...TWO_OWNERS, ...STALE });
    for (const format of ['text', 'json', 'sarif']) {
      const first = await runInProcess(['check', '-f', format, '--today', '2026-11-22'], root);
      const second = await runInProcess(['check', '-f', format, '--today', '2026-11-22'], root);
      expect(second.stdout).toBe(first.stdout);
    }
  });

  it('colours only when asked, and never with NO_COLOR or --no-color', async () => {
    const root = makeRepo(TWO_OWNERS);
    expect((await runGovlint(['check'], root)).stdout).not.toContain('\u001b[');
    expect((await runGovlint(['check'], root, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[31merror');
    expect((await runGovlint(['check', '--no-color'], root, { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await runGovlint(['check'], root, { NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });
});

describe('govlint check exit code 2', () => {
  const cases: Array<[string, Record<string, string>, string[], string]> = [
    ['a path that does not exist', CLEAN, ['check', 'nowhere'], 'govlint: no such file or folder: nowhere\n'],
    ['a bad --today', CLEAN, ['check', '--today', '2026-02-30'], "govlint: --today must be a date written YYYY-MM-DD, not '2026-02-30'\n"],
    [
      'a config with an unknown key',
      { ...CLEAN, '.govlintrc.yaml': 'inlcude: ["**/*.yaml"]\n' },
      ['check'],
      'govlint: .govlintrc.yaml: the config has an unknown field `inlcude` (did you mean `include`?)\n',
    ],
    [
      'a config that names an unknown rule',
      { ...CLEAN, '.govlintrc.json': '{ "rules": { "docs/stail": "off" } }' },
      ['check'],
      "govlint: .govlintrc.json: `rules` names an unknown rule 'docs/stail' (did you mean 'docs/stale'?)\n",
    ],
    [
      'a bad severity',
      { ...CLEAN, '.govlintrc.yaml': 'rules:\n  docs/stale: warn\n' },
      ['check'],
      "govlint: .govlintrc.yaml: `rules.docs/stale` must be a severity (error, warning, note or off), or a list of a severity and an options mapping, not 'warn'\n",
    ],
    [
      'bad rule options',
      { ...CLEAN, '.govlintrc.yaml': 'rules:\n  docs/stale: [warning, { maxAge: six months }]\n' },
      ['check'],
      "govlint: .govlintrc.yaml: rule 'docs/stale' option `maxAge` must be a duration such as '30 days', '2 weeks', '6 months' or '1 year', not 'six months'\n",
    ],
    [
      'a config that does not parse',
      { ...CLEAN, '.govlintrc.yaml': 'rules: [unclosed\n' },
      ['check'],
      'govlint: cannot read config .govlintrc.yaml: Flow sequence in block collection must be sufficiently indented and end with a ] (2:1)\n',
    ],
    [
      'a plugin that cannot be loaded',
      { ...CLEAN, '.govlintrc.yaml': 'plugins: [./missing-plugin.js]\n' },
      ['check'],
      "govlint: cannot load plugin './missing-plugin.js'",
    ],
    ['an unknown format', CLEAN, ['check', '-f', 'xml'], "govlint: unknown format 'xml': use one of text, json, sarif"],
  ];

  it.each(cases)('%s: one clear line on stderr, no stack trace', async (_name, files, args, expected) => {
    const result = await runInProcess(args, makeRepo(files));
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith(expected)).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('govlint --version and --help', () => {
  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(await runGovlint(['--version'], process.cwd())).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists the check options', async () => {
    const result = await runInProcess(['check', '--help'], process.cwd());
    expect(result.code).toBe(0);
    for (const option of ['--config', '--format', '--output', '--today', '--max-warnings', '--quiet', '--no-color']) {
      expect(result.stdout).toContain(option);
    }
  });
});

describe('rule options in the config', () => {
  it('are refused for a rule that takes none', async () => {
    const result = await runInProcess(['check'], makeRepo({ ...CLEAN, '.govlintrc.yaml': 'rules:\n  ids/unique: [warning, { strict: true }]\n' }));
    expect(result).toEqual({ code: 2, stdout: '', stderr: "govlint: .govlintrc.yaml: rule 'ids/unique' takes no options; set only its severity\n" });
  });

  it('name the known options when one is misspelt', async () => {
    const result = await runInProcess(['check'], makeRepo({ ...CLEAN, '.govlintrc.yaml': 'rules:\n  docs/stale: [warning, { maxAg: 1 year }]\n' }));
    expect(result.stderr).toBe("govlint: .govlintrc.yaml: rule 'docs/stale' has an unknown option `maxAg` (did you mean `maxAge`?)\n");
  });

  it('change what a rule finds, and severities change how findings count', async () => {
    const config = 'rules:\n  docs/stale: [error, { maxAge: 1 year }]\n  risk/dual-ownership: off\n  review/overdue: off\n';
    const root = makeRepo({ ...STALE, 'risk.yaml': 'kind: Risk\nid: r1\n', '.govlintrc.yaml': config });
    expect((await runInProcess(['check', '--today', '2026-12-20', '-f', 'json'], root)).stdout).toContain('"findings": []');
    const late = await runInProcess(['check', '--today', '2027-01-11'], root);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('error  Document \'sla\' is overdue for review: last reviewed 2026-01-10, due every 1 year, so due 2027-01-10.');
  });
});

describe('--output to a place that cannot be written', () => {
  it('is one clear line and exit 2, not a stack trace', async () => {
    const root = makeRepo({ ...CLEAN, 'taken.txt': 'a file, not a folder\n' });
    expect(await runGovlint(['check', '-o', 'taken.txt/report.txt'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: cannot write taken.txt/report.txt: a part of the path is a file, not a folder\n',
    });
  });
});

describe('GOVLINT_THREADS', () => {
  it('parses in worker threads when it asks for several, with the same report as on one', async () => {
    const root = makeRepo({ ...TWO_OWNERS, ...STALE });
    const args = ['check', '--today', '2026-11-22', '-f', 'json'];
    const one = await runGovlint(args, root, { GOVLINT_THREADS: '1' });
    expect(one.code).toBe(1);
    expect(await runGovlint(args, root, { GOVLINT_THREADS: '3' })).toEqual(one);
  });

  it('is one clear line and exit 2 when it is not a number of threads', async () => {
    for (const value of ['0', 'two', '-1', '1.5']) {
      expect(await runInProcess(['check'], makeRepo(CLEAN), { GOVLINT_THREADS: value })).toEqual({
        code: 2,
        stdout: '',
        stderr: `govlint: GOVLINT_THREADS must be a number of threads from 1 to 999, not '${value}'\n`,
      });
    }
  });
});
