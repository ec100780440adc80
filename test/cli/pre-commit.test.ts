import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { committedRepo, gitIn } from '../helpers/scratch-git.js';

// Drives the real pre-commit framework (Debian's pre-commit package; .ci/run installs it) with the hook this
// repository ships in .pre-commit-hooks.yaml, at this repository's HEAD commit, installed as the README says.
const PROJECT = resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const makeGitRepo = (files: Record<string, string>) => committedRepo(files).root;
const git = (root: string, args: readonly string[], date?: string) => gitIn(root)(args, date);

const PEOPLE = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
const process = (id: string, owners: string) => `kind: Process\nid: ${id}\nroles:\n  process-owner: ${owners}\n  process-manager: [grace]\n`;

describe.skipIf(!hasPreCommit)('the govlint pre-commit hook', () => {
  const home = mkdtempSync(join(tmpdir(), 'govlint-pre-commit-home-'));
  const env = { ...globalThis.process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' };
  let root: string;

  function commit(message: string) {
    const result = spawnSync('git', ['-c', 'user.name=Governance Lead', '-c', 'user.email=lead@example.com', 'commit', '-q', '-m', message], { cwd: root, env, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  beforeAll(() => {
    // The README's config, with its clone and commit replaced by this repository and its HEAD commit.
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    const readme = readFileSync(join(PROJECT, 'docs/ci/pre-commit-config.yaml'), 'utf8');
    const config = readme.replace('repo: /opt/govlint\n', `repo: ${PROJECT}\n`).replace(/rev: '[0-9a-f]{40}'/, `rev: ${rev}`);
    expect(config).toContain(`repo: ${PROJECT}\n    rev: ${rev} #`);
    root = makeGitRepo({ '.pre-commit-config.yaml': config, 'people.yaml': PEOPLE, 'notes.txt': 'minutes\n' });
    // Installing the hook's environment builds govlint once; later runs reuse it.
    execFileSync('pre-commit', ['install', '--install-hooks'], { cwd: root, env, stdio: 'pipe' });
  }, 240_000);

  it('refuses a commit that introduces a process with two owners, with govlint\'s message', () => {
    writeFileSync(join(root, 'incident.yaml'), process('incident', '[ada, grace]'));
    git(root, ['add', 'incident.yaml']);
    const { code, output } = commit('Add the incident process');
    expect(code).not.toBe(0);
    expect(output).toContain('govlint');
    expect(output).toContain("4:18  error  Process 'incident' has 2 process owners (ada, grace)");
    git(root, ['reset', '-q', 'incident.yaml']);
  });

  it('lets a clean commit through', () => {
    writeFileSync(join(root, 'incident.yaml'), process('incident', 'ada'));
    git(root, ['add', 'incident.yaml']);
    expect(commit('Add the incident process')).toMatchObject({ code: 0 });
  });

  it('lets a commit through that touches only an unrelated file, although an old finding exists elsewhere', () => {
    writeFileSync(join(root, 'legacy.yaml'), process('legacy', '[ada, grace]'));
    git(root, ['add', 'legacy.yaml']);
    git(root, ['commit', '-q', '--no-verify', '-m', 'Legacy process, before govlint']);
    writeFileSync(join(root, 'people.yaml'), `${PEOPLE}---\nkind: Person\nid: alan\n`);
    writeFileSync(join(root, 'notes.txt'), 'minutes, revised\n');
    git(root, ['add', 'people.yaml', 'notes.txt']);
    expect(commit('Add Alan')).toMatchObject({ code: 0 });
  });
});
