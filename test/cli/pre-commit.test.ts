import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committedRepo, gitIn, scratchRepo } from '../helpers/scratch-git.js';

// Drives the real pre-commit framework (Debian's pre-commit package; .ci/run installs it) with the hook this
// repository ships in .pre-commit-hooks.yaml, at this repository's HEAD commit, installed as the README says.
// Installing the hook's environment npm-installs govlint from the registry and takes about 40 s, so, like the
// other tests that install govlint as users do, this runs when GOVLINT_INSTALL_TESTS is set, as .ci/run sets it.
const PROJECT = resolve(import.meta.dirname, '../..');
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const makeGitRepo = (files: Record<string, string>) => committedRepo(files).root;
const git = (root: string, args: readonly string[], date?: string) => gitIn(root)(args, date);

const PEOPLE = 'kind: Person\nid: ada\n---\nkind: Person\nid: grace\n';
const process = (id: string, owners: string) => `kind: Process\nid: ${id}\nroles:\n  process-owner: ${owners}\n  process-manager: [grace]\n`;

describe.skipIf(!hasPreCommit || !globalThis.process.env.GOVLINT_INSTALL_TESTS)('the govlint pre-commit hook', () => {
  const home = mkdtempSync(join(tmpdir(), 'govlint-pre-commit-home-'));
  const env = { ...globalThis.process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' };
  let root: string;

  let config: string;
  const scratch: string[] = [];

  function commit(message: string, cwd = root) {
    const result = spawnSync('git', ['-c', 'user.name=Governance Lead', '-c', 'user.email=lead@example.com', 'commit', '-q', '-m', message], { cwd, env, encoding: 'utf8' });
    return { code: result.status, output: `${result.stdout}${result.stderr}` };
  }

  beforeAll(() => {
    // The README's config, with its clone and commit replaced by this repository and its HEAD commit.
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim();
    const readme = readFileSync(join(PROJECT, 'docs/ci/pre-commit-config.yaml'), 'utf8');
    config = readme.replace('repo: /opt/govlint\n', `repo: ${PROJECT}\n`).replace(/rev: '[0-9a-f]{40}'/, `rev: ${rev}`);
    expect(config).toContain(`repo: ${PROJECT}\n    rev: ${rev} #`);
    root = makeGitRepo({ '.pre-commit-config.yaml': config, 'people.yaml': PEOPLE, 'notes.txt': 'minutes\n' });
    scratch.push(home, root);
    // Installing the hook's environment builds govlint once; later runs reuse it.
    execFileSync('pre-commit', ['install', '--install-hooks'], { cwd: root, env, stdio: 'pipe' });
  }, 240_000);

  afterAll(() => {
    for (const folder of scratch) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

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

  const unknownAda = (file: string, position: string, path: string, hint = '', owners = '') =>
    `${file}\n  ${position}  error  Process '${file.slice(0, -5)}': \`${path}\` names 'ada', but there is no Person with that id${hint}.  refs/resolve${owners}\n`;

  it('refuses a commit that deletes a Person still named as owner in files the commit does not touch', () => {
    writeFileSync(join(root, 'people.yaml'), 'kind: Person\nid: grace\n---\nkind: Person\nid: alan\n');
    git(root, ['add', 'people.yaml']);
    try {
      const { code, output } = commit('Ada leaves');
      expect(code).not.toBe(0);
      // legacy.yaml's two owners were there before: not this commit's doing, so not reported.
      const alan = " (did you mean 'alan'?)";
      expect(output).toBe(
        `govlint${'.'.repeat(66)}Failed\n- hook id: govlint\n- exit code: 1\n\n${unknownAda('incident.yaml', '4:18', 'roles.process-owner', alan)}\n` +
          `${unknownAda('legacy.yaml', '4:19', 'roles.process-owner[0]', alan, '  → grace')}\n✖ 2 problems (2 errors, 0 warnings, 0 notes) in 4 entities in 3 files.\n\n`,
      );
    } finally {
      git(root, ['checkout', '-q', 'HEAD', '--', 'people.yaml']);
    }
  });

  it('refuses a commit that only deletes the file a Person is in, though pre-commit passes no file for it', () => {
    git(root, ['rm', '-q', 'people.yaml']);
    try {
      const { code, output } = commit('Nobody left');
      expect(code).not.toBe(0);
      expect(output).toContain(unknownAda('incident.yaml', '4:18', 'roles.process-owner'));
    } finally {
      git(root, ['checkout', '-q', 'HEAD', '--', 'people.yaml']);
    }
  });

  it('does not hold a commit up for a file it leaves untracked', () => {
    writeFileSync(join(root, 'draft.yaml'), process('draft', 'nobody'));
    writeFileSync(join(root, 'people.yaml'), `${PEOPLE}---\nkind: Person\nid: alan\n---\nkind: Person\nid: edsger\n`);
    git(root, ['add', 'people.yaml']);
    expect(commit('Add Edsger')).toMatchObject({ code: 0 });
    rmSync(join(root, 'draft.yaml'));
  });

  it('checks a repository\'s first commit, which has no parent to compare with', () => {
    const first = scratchRepo({ '.pre-commit-config.yaml': config, 'people.yaml': PEOPLE, 'incident.yaml': process('incident', 'nobody') });
    scratch.push(first.root);
    execFileSync('pre-commit', ['install'], { cwd: first.root, env, stdio: 'pipe' });
    git(first.root, ['add', '-A']);
    const refused = commit('Start', first.root);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("incident.yaml\n  4:18  error  Process 'incident': `roles.process-owner` names 'nobody', but there is no Person with that id.  refs/resolve");
    writeFileSync(join(first.root, 'incident.yaml'), process('incident', 'ada'));
    git(first.root, ['add', '-A']);
    expect(commit('Start', first.root)).toMatchObject({ code: 0 });
  });
});
