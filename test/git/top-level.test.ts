import { mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitError, runGit } from '../../src/git/run-git.js';
import { gitTopLevel } from '../../src/git/top-level.js';
import { countingGit, scratchRepo } from '../helpers/scratch-git.js';

describe('gitTopLevel', () => {
  const saved = { PATH: process.env.PATH, GIT_CEILING_DIRECTORIES: process.env.GIT_CEILING_DIRECTORIES };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('gives the top level from the root and from a subfolder, in one invocation', async () => {
    const repo = scratchRepo({ 'docs/a b/x.md': '# x\n' });
    const { git, calls } = countingGit();
    expect(await gitTopLevel(repo.root, git)).toBe(repo.root);
    expect(await gitTopLevel(join(repo.root, 'docs/a b'), git)).toBe(repo.root);
    expect(calls).toEqual([
      ['rev-parse', '--show-toplevel'],
      ['rev-parse', '--show-toplevel'],
    ]);
  });

  it('gives undefined outside a repository and inside its .git folder', async () => {
    const outside = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-no-git-')));
    process.env.GIT_CEILING_DIRECTORIES = realpathSync(tmpdir());
    expect(await gitTopLevel(outside)).toBeUndefined();
    expect(await gitTopLevel(join(scratchRepo().root, '.git'))).toBeUndefined();
  });

  it('says clearly when git is missing', async () => {
    const folder = realpathSync(mkdtempSync(join(tmpdir(), 'govlint-no-path-')));
    mkdirSync(join(folder, 'empty'));
    process.env.PATH = join(folder, 'empty');
    const error = await gitTopLevel(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitError);
    expect(error).toMatchObject({ message: 'cannot run git: it is not installed or not on the PATH, and govlint needs it to read the Git history', failure: 'not-found' });
  });

  it('names a missing folder rather than blaming git', async () => {
    const missing = join(tmpdir(), 'govlint-no-such-folder-4f1c');
    await expect(runGit(['status'], { cwd: missing })).rejects.toThrow(`cannot run git in ${missing}: no such folder`);
  });
});
