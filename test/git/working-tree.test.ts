import { describe, expect, it } from 'vitest';
import { workingTree } from '../../src/git/working-tree.js';
import { countingGit, scratchRepo } from '../helpers/scratch-git.js';

describe('workingTree', () => {
  it('sorts staged, unstaged, renamed, deleted, untracked and ignored files out, in one git status', async () => {
    const repo = scratchRepo({
      '.gitignore': '*.log\n',
      'clean.md': 'clean\n',
      'unstaged é.md': 'u\n',
      'staged.yaml': 'kind: Person\nid: s\n',
      'to rename.md': 'a document long enough for Git to see that it was renamed, not replaced\n',
      'deleted.md': 'd\n',
      'unstaged "deleted".md': 'd\n',
    });
    repo.commit('Base', '2026-01-10');
    repo.write({ 'unstaged é.md': 'u2\n', 'staged.yaml': 'kind: Person\nid: s\nname: S\n', 'new dir/untracked ü.md': 'n\n', 'debug.log': 'ignored\n', 'added.md': 'a\n' });
    repo.git(['add', 'staged.yaml', 'added.md']);
    repo.git(['mv', 'to rename.md', 'renamed.md']);
    repo.git(['rm', '-q', 'deleted.md']);
    repo.remove('unstaged "deleted".md');

    const { git, calls } = countingGit();
    const tree = await workingTree(repo.root, [], git);
    expect({ changed: [...tree.changed].sort(), untracked: [...tree.untracked].sort(), removed: [...tree.removed].sort() }).toEqual({
      changed: ['added.md', 'renamed.md', 'staged.yaml', 'unstaged é.md'],
      untracked: ['new dir/untracked ü.md'],
      removed: ['deleted.md', 'to rename.md', 'unstaged "deleted".md'],
    });
    expect(calls.length).toBe(1);
  });
});
