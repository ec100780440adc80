import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { committedRepo, gitIn } from '../helpers/scratch-git.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { validateSarif } from '../helpers/validate-sarif.js';

const makeGitRepo = (files: Record<string, string>) => committedRepo(files).root;
const git = (root: string, args: readonly string[], date?: string) => gitIn(root)(args, date);

const PEOPLE = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
const process = (id: string, owners: string) => `kind: Process\nid: ${id}\nroles:\n  process-owner: ${owners}\n  process-manager: [grace]\n`;

function ids(stdout: string): Array<[string, string]> {
  return JSON.parse(stdout).findings.map((f: { file: string; ruleId: string }) => [f.file, f.ruleId]);
}

describe('files passed on the command line, as a pre-commit hook passes them', () => {
  it('loads the whole repo from the Git top level and reports only on the files passed', async () => {
    const root = makeGitRepo({ 'people/people.yaml': PEOPLE, 'processes/old.yaml': process('old', '[ada, grace]'), 'processes/new.yaml': process('new', 'nobody') });
    const result = await runInProcess(['check', 'processes/new.yaml', '-f', 'json'], root);
    expect(ids(result.stdout)).toEqual([['processes/new.yaml', 'refs/resolve']]);
    const fromSubfolder = await runInProcess(['check', 'new.yaml', '-f', 'json'], join(root, 'processes'));
    expect(ids(fromSubfolder.stdout)).toEqual([['new.yaml', 'refs/resolve']]);
  });

  it('takes the root from the config, else the Git top level, and --root overrides both', async () => {
    const root = makeGitRepo({ 'gov/.govlintrc.yaml': 'rules:\n  refs/resolve: off\n', 'gov/p.yaml': process('p', 'nobody'), 'gov/people.yaml': PEOPLE, 'outside.yaml': 'kind: Person\n' });
    expect(ids((await runInProcess(['check', 'gov/p.yaml', '-f', 'json'], root)).stdout)).toEqual([]);
    const wider = await runInProcess(['check', '--root', '.', '--config', 'gov/.govlintrc.yaml', '-f', 'json'], root);
    expect(ids(wider.stdout)).toEqual([['outside.yaml', 'schema/valid']]);
  });
});

describe('several formats from one run', () => {
  it('writes text to the terminal, and SARIF and JSON to files', async () => {
    const root = makeGitRepo({ 'people.yaml': PEOPLE, 'p.yaml': process('p', '[ada, grace]') });
    const result = await runInProcess(['check', '-f', 'text', '-f', 'sarif:out/govlint.sarif', '-f', 'json:out/govlint.json'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('process/single-owner');
    expect(validateSarif(JSON.parse(readFileSync(join(root, 'out/govlint.sarif'), 'utf8')))).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, 'out/govlint.json'), 'utf8')).summary.error).toBe(1);
  });

  it('refuses two formats on stdout', async () => {
    const result = await runInProcess(['check', '-f', 'text', '-f', 'json'], makeGitRepo({ 'people.yaml': PEOPLE }));
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: only one format can go to stdout, but text and json would: give the others a file, as in -f sarif:govlint.sarif\n',
    });
  });
});

describe('baselines', () => {
  it('report only new findings, survive edits that move lines, and mark SARIF results', async () => {
    const root = makeGitRepo({ 'people.yaml': PEOPLE, 'p.yaml': process('p', '[ada, grace]') });
    const recorded = await runInProcess(['baseline'], root);
    expect(recorded).toEqual({ code: 0, stdout: '', stderr: `govlint: recorded 1 finding in ${join(root, '.govlint-baseline.json')}\n` });
    const baseline = JSON.parse(readFileSync(join(root, '.govlint-baseline.json'), 'utf8'));
    expect(baseline.findings).toMatchObject([{ ruleId: 'process/single-owner', file: 'p.yaml', entity: { kind: 'Process', id: 'p' } }]);

    // Move the old finding down three lines and add a new problem.
    writeFileSync(join(root, 'p.yaml'), `# Incident process\n# owned jointly for now\n\n${process('p', '[ada, grace]')}`);
    writeFileSync(join(root, 'q.yaml'), process('q', '[ada, grace]'));
    git(root, ['add', '-A']);

    const text = await runInProcess(['check', '--baseline', '.govlint-baseline.json'], root);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('q.yaml\n');
    expect(text.stdout).not.toContain('p.yaml\n');
    expect(text.stdout).toContain('1 finding already in the baseline.\n');

    const sarif = JSON.parse((await runInProcess(['check', '--baseline', '.govlint-baseline.json', '-f', 'sarif'], root)).stdout);
    const states = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; baselineState: string }) => [
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.baselineState,
    ]);
    expect(states).toEqual([
      ['p.yaml', 'unchanged'],
      ['q.yaml', 'new'],
    ]);
  });

  it('exit 0 when every finding is in the baseline', async () => {
    const root = makeGitRepo({ 'people.yaml': PEOPLE, 'p.yaml': process('p', '[ada, grace]') });
    await runInProcess(['baseline', '-o', 'known.json'], root);
    expect((await runInProcess(['check', '--baseline', 'known.json'], root)).code).toBe(0);
  });

  it('a JSON report is refused as a baseline, though its findings carry fingerprints', async () => {
    const root = makeGitRepo({ 'people.yaml': PEOPLE, 'p.yaml': process('p', '[ada, grace]') });
    try {
      expect((await runInProcess(['check', '-f', 'json:report.json'], root)).code).toBe(1);
      expect(JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')).findings).toMatchObject([{ ruleId: 'process/single-owner', fingerprint: expect.any(String) }]);
      expect(await runInProcess(['check', '--baseline', 'report.json'], root)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'govlint: report.json is not a govlint baseline: create it with govlint baseline\n',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a file that is not a baseline is a clear error', async () => {
    const root = makeGitRepo({ 'people.yaml': PEOPLE, 'bad.json': '{"findings": 3}' });
    expect(await runInProcess(['check', '--baseline', 'bad.json'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'govlint: bad.json is not a govlint baseline: create it with govlint baseline\n',
    });
  });
});

describe('--changed-since, for pull requests', () => {
  it('reports on files changed since the merge base (commits, renames, staged, unstaged and untracked) and on what they introduced elsewhere', async () => {
    const root = makeGitRepo({
      'people.yaml': PEOPLE,
      'old-problem.yaml': process('old', '[ada, grace]'),
      'to-rename.yaml': process('renamed', '[ada, grace]'),
      'to-edit.yaml': process('edited', 'ada'),
      'untouched.yaml': process('untouched', 'ada'),
    });
    git(root, ['checkout', '-q', '-b', 'feature']);
    git(root, ['mv', 'to-rename.yaml', 'renamed.yaml']);
    writeFileSync(join(root, 'committed.yaml'), process('committed', 'nobody'));
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'Feature work'], '2026-02-01');
    writeFileSync(join(root, 'to-edit.yaml'), process('edited', '[ada, grace]'));
    writeFileSync(join(root, 'untracked.yaml'), process('untracked', 'nobody'));

    const result = await runInProcess(['check', '--changed-since', 'main', '-f', 'json'], root);
    expect(ids(result.stdout)).toEqual([
      ['committed.yaml', 'refs/resolve'],
      // Not changed, but the new processes give grace more roles than one person can hold: the change introduced it.
      ['people.yaml', 'person/overload'],
      ['renamed.yaml', 'process/single-owner'],
      ['to-edit.yaml', 'process/single-owner'],
      ['untracked.yaml', 'refs/resolve'],
    ]);
  });

  it('an unknown ref stops govlint with exit 2', async () => {
    const result = await runInProcess(['check', '--changed-since', 'no-such-branch'], makeGitRepo({ 'people.yaml': PEOPLE }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^govlint: .*no-such-branch.*\n$/);
  });
});
