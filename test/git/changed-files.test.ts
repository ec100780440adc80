import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedFilesSince } from '../../src/git/changed-files.js';
import { GitError } from '../../src/git/run-git.js';
import { copyRepo, countingGit, scratchRepo, type ScratchRepo } from '../helpers/scratch-git.js';

/**
 * main: a base commit. feature, forked from it: a modified file, a rename into a folder with non-ASCII, a
 * deletion and a new file with quotes. main then moves on, changing a file feature never touched. On feature,
 * the working tree adds a staged file, an unstaged edit, an unstaged deletion, an untracked and an ignored file.
 */
function buildPullRequest() {
  const repo = scratchRepo({
    '.gitignore': 'ignored.md\n',
    'a.md': 'a\n',
    'b.yaml': 'kind: Person\nid: b\n',
    'gone.md': 'gone\n',
    'old name.md': 'the text of a document long enough for Git to see it was renamed\n',
    'unstaged.yaml': 'kind: Person\nid: u\n',
    'deleted.yaml': 'kind: Person\nid: d\n',
  });
  repo.commit('Base', '2026-01-10');
  repo.git(['checkout', '-q', '-b', 'feature']);
  repo.write({ 'a.md': 'a, changed\n', 'c "quoted".yaml': 'kind: Person\nid: c\n' });
  repo.remove('gone.md');
  mkdirSync(join(repo.root, 'docs'));
  repo.git(['mv', 'old name.md', 'docs/new ñame.md']);
  repo.commit('Feature', '2026-02-01');
  repo.git(['checkout', '-q', 'main']);
  repo.write({ 'b.yaml': 'kind: Person\nid: b\nname: B\n' });
  repo.commit('Main moves on', '2026-02-05');
  repo.git(['checkout', '-q', 'feature']);
  repo.write({ 'staged.md': 'staged\n', 'unstaged.yaml': 'kind: Person\nid: u\nname: U\n', 'new é.md': 'new\n', 'ignored.md': 'ignored\n' });
  repo.git(['add', 'staged.md']);
  repo.remove('deleted.yaml');
  return repo;
}

let built: ScratchRepo | undefined;

/** A copy of that repo, for a test to change as it likes: it is built once. */
function pullRequest(): ScratchRepo {
  return copyRepo((built ??= buildPullRequest()));
}

describe('changedFilesSince', () => {
  it('lists what the branch changed since its merge base, plus the working tree, as sorted absolute paths', async () => {
    const repo = pullRequest();
    const { git, calls } = countingGit();
    const changed = await changedFilesSince(repo.root, 'main', git);
    // b.yaml changed on main after the fork: not this branch's change. gone.md, deleted.yaml and the old name are gone.
    expect(changed).toEqual(['a.md', 'c "quoted".yaml', 'docs/new ñame.md', 'new é.md', 'staged.md', 'unstaged.yaml'].map((path) => join(repo.root, path)));
    expect(calls.map(([command]) => command)).toEqual(['diff', 'status']);
  });

  it('keeps a committed change renamed in the index by its new name only', async () => {
    const repo = pullRequest();
    repo.git(['mv', 'a.md', 'renamed.md']);
    const changed = await changedFilesSince(repo.root, 'main');
    expect(changed).toContain(join(repo.root, 'renamed.md'));
    expect(changed).not.toContain(join(repo.root, 'a.md'));
  });

  it('is empty on a clean branch compared with itself', async () => {
    const repo = scratchRepo({ 'a.md': 'a\n' });
    repo.commit('Base', '2026-01-10');
    expect(await changedFilesSince(repo.root, 'HEAD')).toEqual([]);
  });

  it('lists every file of the working tree before the first commit, when the ref is HEAD (the pre-commit hook then)', async () => {
    const repo = scratchRepo({ 'a.md': 'a\n', 'b.yaml': 'kind: Person\nid: b\n' });
    repo.git(['add', 'a.md']);
    try {
      expect(await changedFilesSince(repo.root, 'HEAD')).toEqual([join(repo.root, 'a.md'), join(repo.root, 'b.yaml')]);
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  });

  it('refuses an unknown ref, and one that would be read as an option, with a clear error', async () => {
    const repo = pullRequest();
    const message = (ref: string) =>
      `unknown Git ref '${ref}': no branch, tag or commit of this repository has that name, or HEAD has no commit yet (in CI, fetch the branch first, as in \`git fetch origin main\`)`;
    const error = await changedFilesSince(repo.root, 'origin/mian').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ message: message('origin/mian'), failure: 'unknown-ref', detail: "bad revision 'origin/mian...HEAD'" });
    await expect(changedFilesSince(repo.root, '--output=x')).rejects.toThrow(message('--output=x'));
  });

  it('says when the ref has no history in common with HEAD', async () => {
    const repo = pullRequest();
    repo.git(['checkout', '-q', '--orphan', 'unrelated']);
    repo.commit('Unrelated', '2026-03-01');
    await expect(changedFilesSince(repo.root, 'main')).rejects.toMatchObject({
      message: "'main' and HEAD have no commit in common, so there is nothing to compare with: in a shallow clone, fetch the full history",
      failure: 'no-merge-base',
    });
  });
});
