import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/util/dates.js';
import { makeRepo } from '../helpers/run-cli.js';
import { runInProcess } from '../helpers/run-in-process.js';

const GOVERNANCE = [
  'governance/people/people.yaml',
  'governance/people/teams.yaml',
  'governance/roles/security-champion.yaml',
  'governance/programs/online-services.yaml',
  'governance/systems/customer-portal.yaml',
  'governance/processes/incident-management.yaml',
  'governance/products/self-service.yaml',
  'governance/risks/register.yaml',
  'governance/docs/architecture/customer-portal.md',
  'governance/docs/sla/customer-portal.md',
  'governance/raci/customer-portal-release.md',
];
const SCHEMAS = ['govlint', 'defs', 'govlintrc', 'document', 'person', 'process', 'product', 'program', 'raci', 'risk', 'role', 'system', 'team'].map(
  (name) => `.govlint/schemas/${name}.schema.json`,
);
const AFTER_CONFIG = ['.gitignore', ...GOVERNANCE, '.vscode/settings.json', ...SCHEMAS];
const ALL = ['.govlintrc.yaml', ...AFTER_CONFIG];
const NEXT = 'Next: run `govlint check`, then replace the examples in governance/ with your own.\n';

const list = (heading: string, files: readonly string[]) => `${heading}:\n${files.map((file) => `  ${file}\n`).join('')}`;
const emptyFolder = () => mkdtempSync(join(tmpdir(), 'govlint-init-'));

describe('govlint init', () => {
  it('writes a starter repo in an empty folder, and says what it wrote', async () => {
    const root = emptyFolder();
    const result = await runInProcess(['init'], root);
    expect(result).toEqual({ code: 0, stdout: list('Wrote 27 files', ALL) + NEXT, stderr: '' });
    for (const file of ALL) expect(existsSync(join(root, file))).toBe(true);
  });

  it('--backstage writes a config that reads the Backstage catalog beside it, and no examples', async () => {
    const root = emptyFolder();
    const component = ['apiVersion: backstage.io/v1alpha1', 'kind: Component', 'metadata:', '  name: web', 'spec:', '  type: website', '  lifecycle: production', '  owner: user:ana', ''];
    const user = ['apiVersion: backstage.io/v1alpha1', 'kind: User', 'metadata:', '  name: ana', 'spec:', '  memberOf: []', ''];
    writeFileSync(join(root, 'catalog-info.yaml'), [...component, '---', ...user].join('\n'));
    const written = ['.govlintrc.yaml', '.gitignore', '.vscode/settings.json', ...SCHEMAS];
    const next = 'Next: run `govlint check` to check the catalog; add a govlint register (Risks naming its Systems) beside it when you like.\n';
    expect(await runInProcess(['init', '--backstage'], root)).toEqual({ code: 0, stdout: list(`Wrote ${written.length} files`, written) + next, stderr: '' });
    expect(readFileSync(join(root, '.govlintrc.yaml'), 'utf8')).toContain('extends: [govlint:recommended, govlint:backstage]\n');
    expect(await runInProcess(['check'], root)).toEqual({ code: 0, stdout: '✔ No problems in 2 entities in 1 file.\n', stderr: '' });
  });

  it('is followed by a check with no finding at all, not even a note', async () => {
    const root = emptyFolder();
    await runInProcess(['init'], root);
    expect(await runInProcess(['check'], root)).toEqual({ code: 0, stdout: '✔ No problems in 15 entities in 11 files.\n', stderr: '' });
    const json = await runInProcess(['check', '--format', 'json'], root);
    expect(JSON.parse(json.stdout)).toMatchObject({ findings: [], summary: { error: 0, warning: 0, note: 0, suppressed: 0, skipped: [] } });
  });

  it('dates every review today, so that no review is due for a month', async () => {
    const root = emptyFolder();
    await runInProcess(['init'], root);
    const risk = readFileSync(join(root, 'governance/risks/register.yaml'), 'utf8');
    expect(risk).toContain(`\nreviewed: ${localToday()}\n`);
    expect((await runInProcess(['check', '--today', nextMonth(localToday())], root)).code).toBe(0);
  });

  it('skips every file on a second run, and lists them', async () => {
    const root = emptyFolder();
    await runInProcess(['init'], root);
    writeFileSync(join(root, 'governance/people/teams.yaml'), 'kind: Team\nid: edited\n');
    const result = await runInProcess(['init'], root);
    expect(result).toEqual({ code: 0, stdout: list('Skipped 27 files that exist already', ALL) + NEXT, stderr: '' });
    expect(readFileSync(join(root, 'governance/people/teams.yaml'), 'utf8')).toBe('kind: Team\nid: edited\n');
  });

  it('never overwrites an existing config, and writes the rest', async () => {
    const config = '# ours\nrules:\n  docs/stale: off\n';
    const root = makeRepo({ '.govlintrc.yaml': config });
    const result = await runInProcess(['init'], root);
    expect(result).toEqual({
      code: 0,
      stdout: list('Wrote 26 files', AFTER_CONFIG) + list('Skipped 1 file that exists already', ['.govlintrc.yaml']) + NEXT,
      stderr: '',
    });
    expect(readFileSync(join(root, '.govlintrc.yaml'), 'utf8')).toBe(config);
  });

  it('writes a .gitignore for the cache and packages where there is none, and never replaces one', async () => {
    const root = emptyFolder();
    const ours = makeRepo({ '.gitignore': '*.log\n' });
    try {
      await runInProcess(['init'], root);
      expect(readFileSync(join(root, '.gitignore'), 'utf8')).toBe('# What govlint check --cache keeps between runs, and packages installed with npm.\n.govlint-cache/\nnode_modules/\n');
      expect((await runInProcess(['init'], ours)).stdout).toContain(list('Skipped 1 file that exists already', ['.gitignore']));
      expect(readFileSync(join(ours, '.gitignore'), 'utf8')).toBe('*.log\n');
    } finally {
      for (const folder of [root, ours]) rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes no second config beside a config of another name', async () => {
    const root = makeRepo({ '.govlintrc.json': '{ "extends": "govlint:strict" }\n' });
    const result = await runInProcess(['init'], root);
    expect(result.stdout).toContain(list('Skipped 1 file that exists already', ['.govlintrc.yaml (the config is .govlintrc.json)']));
    expect(existsSync(join(root, '.govlintrc.yaml'))).toBe(false);
    expect((await runInProcess(['check'], root)).code).toBe(0);
  });

  it('creates a folder that does not exist, and names the paths from the working folder', async () => {
    const cwd = emptyFolder();
    const result = await runInProcess(['init', 'org/governance-repo'], cwd);
    const next = 'Next: run `govlint check org/governance-repo`, then replace the examples in governance/ with your own.\n';
    expect(result).toEqual({ code: 0, stdout: list('Wrote 27 files', ALL.map((file) => `org/governance-repo/${file}`)) + next, stderr: '' });
    expect((await runInProcess(['check', 'org/governance-repo'], cwd)).code).toBe(0);
  });

  it("writes a config whose commented examples are valid once uncommented", async () => {
    const root = emptyFolder();
    await runInProcess(['init'], root);
    const config = readFileSync(join(root, '.govlintrc.yaml'), 'utf8');
    const uncommented = config.replace(/^# (?=rules:|customRules:| {2})/gm, '');
    expect(uncommented).toContain('\nrules:\n  docs/stale: [warning, { maxAge: 1 year }]\n');
    expect(uncommented).toContain('\ncustomRules:\n  - id: high-risk-mitigation\n');
    writeFileSync(join(root, '.govlintrc.yaml'), uncommented);
    expect(await runInProcess(['check'], root)).toEqual({ code: 0, stdout: '✔ No problems in 15 entities in 11 files.\n', stderr: '' });
    expect((await runInProcess(['rules'], root)).stdout).toMatch(/^config\/high-risk-mitigation +error /m);
  });

  it('maps the written schemas to the governance files for the YAML extension', async () => {
    const root = emptyFolder();
    await runInProcess(['init'], root);
    const settings = JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual({
      './.govlint/schemas/govlint.schema.json': ['governance/**/*.yaml', 'governance/**/*.yml'],
      './.govlint/schemas/govlintrc.schema.json': ['.govlintrc.yaml', '.govlintrc.yml'],
    });
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(root, schema))).toBe(true);
  });
});

describe('govlint init exit code 2', () => {
  it('when the folder is a file', async () => {
    const root = makeRepo({ 'notes.txt': 'hello\n' });
    expect(await runInProcess(['init', 'notes.txt'], root)).toEqual({ code: 2, stdout: '', stderr: 'govlint: cannot write to notes.txt: it is a file, not a folder\n' });
  });

  it('when the folder cannot be created', async () => {
    const root = makeRepo({ 'notes.txt': 'hello\n' });
    expect(await runInProcess(['init', 'notes.txt/governance'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: cannot write to notes.txt/governance: a part of the path is a file, not a folder\n',
    });
  });

  // Permissions do not stop root, so this runs only as another user.
  it.skipIf(process.getuid?.() === 0)('when the folder is not writable', async () => {
    const root = emptyFolder();
    chmodSync(root, 0o555);
    try {
      expect(await runInProcess(['init'], root)).toEqual({ code: 2, stdout: '', stderr: 'govlint: cannot write to .: permission denied\n' });
    } finally {
      chmodSync(root, 0o755);
    }
  });

  it('when the existing config is broken, writing nothing', async () => {
    const root = makeRepo({ '.govlintrc.yaml': 'rules:\n  docs/stale: warn\n' });
    const result = await runInProcess(['init'], root);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^govlint: \.govlintrc\.yaml: `rules\.docs\/stale` must be a severity .*\n$/);
    expect(existsSync(join(root, 'governance'))).toBe(false);
  });
});

describe('govlint --help', () => {
  it('lists init and schema', async () => {
    const result = await runInProcess(['--help'], process.cwd());
    expect(result.stdout).toMatch(/^ {2}init \[options\] \[dir\] +start a governance repo/m);
    expect(result.stdout).toMatch(/^ {2}schema \[options\] +write the JSON Schemas/m);
  });
});

/** The same day next month (the 28th at most): the last day on which a monthly review is not yet overdue, or earlier. */
function nextMonth(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month, Math.min(day, 28)));
  return next.toISOString().slice(0, 10);
}
